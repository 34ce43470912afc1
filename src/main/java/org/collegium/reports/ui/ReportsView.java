package org.collegium.reports.ui;

import org.collegium.base.domain.Access;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The list of reports, each with what it answers. */
@Route("reports")
@PageTitle("Reports")
@Menu(order = 50, title = "Reports", icon = "vaadin:chart")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class ReportsView extends VerticalLayout {

    public ReportsView(AuthenticationContext auth) {
        // peer groups are the society's, not an affiliate's: their report is not an affiliate administrator's
        boolean groups = auth.hasAnyRole("ADMIN", "BOARD", "OFFICER");
        add(new H2("Reports"), new Paragraph("Every figure is counted in the database when you open a report. "
                + "Each report downloads as CSV or Excel with exactly the rows it shows."));
        add(entry(MembershipSummaryView.class, "Membership summary",
                "How many members were active, in grace, lapsed, resigned or applying on a day you choose, by type "
                        + "and affiliate."),
                entry(MembershipGrowthView.class, "Growth",
                        "Joins, renewals and lapses month by month, as a chart."),
                entry(RenewalsDueView.class, "Renewals due",
                        "Members whose term ends in the next days, with their email and phone."),
                entry(LapsedView.class, "Lapsed", "Members who lapsed between two days, with their email and phone."),
                entry(DuesOwedView.class, "Dues owed",
                        "Terms whose dues are not paid or waived yet, the longest overdue first."),
                entry(IncomeView.class, "Income",
                        "Dues and event registrations by month, by membership type and by event."),
                entry(EventsReportView.class, "Events",
                        "Registrations, waitlist, attendance rate and CE hours issued, per event or per month."),
                entry(CeIssuedView.class, "CE issued",
                        "Continuing-education hours issued by CE type and by month, quarter or year."));
        if (groups) {
            add(entry(GroupsReportView.class, "Peer groups",
                    "Sessions held, average attendance, roster fill and group-experience hours per group."));
        }
    }

    private static Div entry(Class<? extends com.vaadin.flow.component.Component> view, String title,
            String text) {
        Div entry = new Div(new H3(new RouterLink(title, view)), new Paragraph(text));
        entry.addClassName("report-entry");
        return entry;
    }
}
