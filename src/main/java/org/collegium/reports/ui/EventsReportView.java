package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.events.domain.EventKind;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.EventReports;
import org.collegium.reports.service.EventReports.Breakdown;
import org.collegium.reports.service.EventReports.EventFilter;

/** Registrations, waitlist, attendance and CE hours per event or per month. */
@Route("reports/events")
@PageTitle("Events report")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class EventsReportView extends VerticalLayout {

    final DatePicker from;
    final DatePicker to;
    final ComboBox<AffiliateOption> host;
    final ComboBox<EventKind> kind = new ComboBox<>("Type");
    final Select<Breakdown> by = new Select<>();
    final ReportPanel panel;

    public EventsReportView(EventReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel("Events", "Events starting between the two days. Registered: registrations holding "
                + "a seat (confirmed, attended, no-show); attendance %: attended of registered, once the event has "
                + "started; CE hours: the hours of every certificate issued for the event and its sessions. An "
                + "affiliate administrator sees the events their affiliate hosts.", "events", clock);
        from = ReportFields.day("From", clock.today().minusMonths(12));
        to = ReportFields.day("To", clock.today().plusMonths(3));
        host = ReportFields.affiliate(affiliates, auth);
        host.setLabel("Host");
        host.setPlaceholder("All hosts");
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(EventKind::label);
        kind.setPlaceholder("All types");
        kind.setClearButtonVisible(true);
        by.setLabel("Per");
        by.setItems(Breakdown.values());
        by.setItemLabelGenerator(Breakdown::label);
        by.setValue(Breakdown.EVENT);
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.events(new EventFilter(
                new Days(from.getValue(), to.getValue()), ReportFields.affiliateId(host), kind.getValue(),
                by.getValue()))));
        ReportFields.rerunOn(run, from, to, host, kind, by);
        panel.addFilters(from, to, host, kind, by);
        add(panel);
        run.run();
    }
}
