package org.collegium.reports.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.GroupReports;
import org.collegium.reports.service.GroupReports.GroupFilter;

/** Peer groups: sessions held, attendance, roster fill and group-experience hours. National: no affiliate scope. */
@Route("reports/groups")
@PageTitle("Groups report")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER})
public class GroupsReportView extends VerticalLayout {

    final DatePicker from;
    final DatePicker to;
    final ReportPanel panel;

    public GroupsReportView(GroupReports reports, SocietyClock clock) {
        panel = new ReportPanel("Peer groups", "Sessions held between the two days and who came: the average "
                + "attendance per session held, and group-experience hours (each attendance counts the length of its "
                + "session). The roster and its fill of the group's capacity are as of today.", "groups", clock);
        from = ReportFields.day("From", clock.today().minusMonths(3));
        to = ReportFields.day("To", clock.today());
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.groups(new GroupFilter(
                new Days(from.getValue(), to.getValue())))));
        ReportFields.rerunOn(run, from, to);
        panel.addFilters(from, to);
        add(panel);
        run.run();
    }
}
