package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.reports.service.CeReports;
import org.collegium.reports.service.CeReports.CeFilter;
import org.collegium.reports.service.CeReports.Period;

/** CE hours issued by type and period, for a CE approval body. */
@Route("reports/ce")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class CeIssuedView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<YearMonth> from;
    final ComboBox<YearMonth> to;
    final Select<Period> period = new Select<>();
    final ComboBox<AffiliateOption> host;
    final ReportPanel panel;

    public CeIssuedView(CeReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.ce.title"), Messages.t("reports.ce.explanation"), "ce-issued",
                clock);
        YearMonth now = YearMonth.from(clock.today());
        from = ReportFields.month(Messages.t("reports.filter.from"), now, YearMonth.of(now.getYear(), 1).minusYears(1));
        to = ReportFields.month(Messages.t("reports.filter.to"), now, now);
        period.setLabel(Messages.t("reports.filter.per"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(Period::label);
        period.setValue(Period.QUARTER);
        host = ReportFields.affiliate(affiliates, auth);
        host.setLabel(Messages.t("reports.filter.host"));
        host.setPlaceholder(Messages.t("reports.filter.host.all"));
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.issued(new CeFilter(
                ReportFields.months(from, to), period.getValue(), ReportFields.affiliateId(host)))));
        ReportFields.rerunOn(run, from, to, period, host);
        panel.addFilters(from, to, period, host);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.ce.page-title");
    }
}
