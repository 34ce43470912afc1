package org.collegium.reports.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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
                new RouterLink("Dues owed", DuesOwedView.class),
                new RouterLink("Income", IncomeView.class),
                new RouterLink("Events", EventsReportView.class),
                new RouterLink("CE issued", CeIssuedView.class));
        if (readsGroups()) {
            add(new RouterLink("Peer groups", GroupsReportView.class));
        }
    }

    /** Peer groups are the society's, not an affiliate's: their report is for the board, officers, admins. */
    private static boolean readsGroups() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_BOARD") || a.equals("ROLE_OFFICER"));
    }
}
