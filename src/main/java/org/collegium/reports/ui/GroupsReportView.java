package org.collegium.reports.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.GroupReports;
import org.collegium.reports.service.GroupReports.GroupFilter;

/** Peer groups: sessions held, attendance, roster fill and group-experience hours. National: no affiliate scope. */
@Route("reports/groups")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER})
public class GroupsReportView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from;
    final DatePicker to;
    final ReportPanel panel;

    public GroupsReportView(GroupReports reports, SocietyClock clock) {
        panel = new ReportPanel(Messages.t("reports.groups.title"), Messages.t("reports.groups.explanation"), "groups",
                clock);
        from = ReportFields.day(Messages.t("reports.filter.from"), clock.today().minusMonths(3));
        to = ReportFields.day(Messages.t("reports.filter.to"), clock.today());
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.groups(new GroupFilter(
                new Days(from.getValue(), to.getValue())))));
        ReportFields.rerunOn(run, from, to);
        panel.addFilters(from, to);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.groups.page-title");
    }
}
