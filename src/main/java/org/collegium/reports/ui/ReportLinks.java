package org.collegium.reports.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The reports, linked from each one, so an officer moves between them without going back to the list. */
class ReportLinks extends Nav {

    ReportLinks() {
        addClassName("report-links");
        getElement().setAttribute("aria-label", "Reports");
        getStyle().set("display", "flex").set("gap", "1rem").set("flex-wrap", "wrap");
        add(new RouterLink("All reports", ReportsView.class),
                new RouterLink("Membership summary", MembershipSummaryView.class),
                new RouterLink("Growth", MembershipGrowthView.class),
                new RouterLink("Renewals due", RenewalsDueView.class),
                new RouterLink("Lapsed", LapsedView.class),
                new RouterLink("Income", IncomeView.class));
    }
}
