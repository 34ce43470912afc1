package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.events.domain.EventKind;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.EventReports;
import org.collegium.reports.service.EventReports.Breakdown;
import org.collegium.reports.service.EventReports.EventFilter;

/** Registrations, waitlist, attendance and CE hours per event or per month. */
@Route("reports/events")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class EventsReportView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from;
    final DatePicker to;
    final ComboBox<AffiliateOption> host;
    final ComboBox<EventKind> kind = new ComboBox<>(Messages.t("reports.filter.type"));
    final Select<Breakdown> by = new Select<>();
    final ReportPanel panel;

    public EventsReportView(EventReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.events.title"), Messages.t("reports.events.explanation"), "events",
                clock);
        from = ReportFields.day(Messages.t("reports.filter.from"), clock.today().minusMonths(12));
        to = ReportFields.day(Messages.t("reports.filter.to"), clock.today().plusMonths(3));
        host = ReportFields.affiliate(affiliates, auth);
        host.setLabel(Messages.t("reports.filter.host"));
        host.setPlaceholder(Messages.t("reports.filter.host.all"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> Messages.t(k.key()));
        kind.setPlaceholder(Messages.t("reports.filter.type.all"));
        kind.setClearButtonVisible(true);
        by.setLabel(Messages.t("reports.filter.per"));
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

    @Override
    public String getPageTitle() {
        return Messages.t("reports.events.page-title");
    }
}
