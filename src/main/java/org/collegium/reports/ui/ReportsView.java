package org.collegium.reports.ui;

import org.collegium.base.domain.Access;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.i18n.Messages;

/** The list of reports, each with what it answers. */
@Route("reports")
@Menu(order = 50, title = "reports.menu.reports", icon = "vaadin:chart")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    public ReportsView(AuthenticationContext auth) {
        // peer groups are the society's, not an affiliate's: their report is not an affiliate administrator's
        boolean groups = auth.hasAnyRole("ADMIN", "BOARD", "OFFICER");
        add(new H2(Messages.t("reports.list.title")), new Paragraph(Messages.t("reports.list.intro")));
        add(entry(MembershipSummaryView.class, "membership"),
                entry(MembershipGrowthView.class, "growth"),
                entry(RenewalsDueView.class, "renewals"),
                entry(LapsedView.class, "lapsed"),
                entry(DuesOwedView.class, "dues-owed"),
                entry(IncomeView.class, "income"),
                entry(EventsReportView.class, "events"),
                entry(CeIssuedView.class, "ce"));
        if (groups) {
            add(entry(GroupsReportView.class, "groups"));
        }
    }

    /** A report's entry: its link ({@code reports.links.<report>}) and what it answers ({@code reports.list.<report>}). */
    private static Div entry(Class<? extends com.vaadin.flow.component.Component> view, String report) {
        Div entry = new Div(new H3(new RouterLink(Messages.t("reports.links." + report), view)),
                new Paragraph(Messages.t("reports.list." + report)));
        entry.addClassName("report-entry");
        return entry;
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.list.page-title");
    }
}
