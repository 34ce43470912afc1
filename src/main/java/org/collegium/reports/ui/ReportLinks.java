package org.collegium.reports.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import org.collegium.base.i18n.Messages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The reports, linked from each one, so an officer moves between them without going back to the list. */
class ReportLinks extends Nav {

    ReportLinks() {
        addClassName("report-links");
        getElement().setAttribute("aria-label", Messages.t("reports.links.label"));
        getStyle().set("display", "flex").set("gap", "1rem").set("flex-wrap", "wrap");
        add(new RouterLink(Messages.t("reports.links.all"), ReportsView.class),
                new RouterLink(Messages.t("reports.links.membership"), MembershipSummaryView.class),
                new RouterLink(Messages.t("reports.links.growth"), MembershipGrowthView.class),
                new RouterLink(Messages.t("reports.links.renewals"), RenewalsDueView.class),
                new RouterLink(Messages.t("reports.links.lapsed"), LapsedView.class),
                new RouterLink(Messages.t("reports.links.dues-owed"), DuesOwedView.class),
                new RouterLink(Messages.t("reports.links.income"), IncomeView.class),
                new RouterLink(Messages.t("reports.links.events"), EventsReportView.class),
                new RouterLink(Messages.t("reports.links.ce"), CeIssuedView.class));
        if (readsGroups()) {
            add(new RouterLink(Messages.t("reports.links.groups"), GroupsReportView.class));
        }
    }

    /** Peer groups are the society's, not an affiliate's: their report is for the board, officers, admins. */
    private static boolean readsGroups() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_BOARD") || a.equals("ROLE_OFFICER"));
    }
}
