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
import org.collegium.reports.service.IncomeReports;
import org.collegium.reports.service.IncomeReports.Breakdown;
import org.collegium.reports.service.IncomeReports.IncomeFilter;

/** Recorded income by month and by what it paid for. */
@Route("reports/income")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class IncomeView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<YearMonth> from;
    final ComboBox<YearMonth> to;
    final Select<Breakdown> by = new Select<>();
    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public IncomeView(IncomeReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.income.title"), Messages.t("reports.income.explanation"), "income",
                clock);
        YearMonth now = YearMonth.from(clock.today());
        from = ReportFields.month(Messages.t("reports.filter.from"), now, now.minusMonths(11));
        to = ReportFields.month(Messages.t("reports.filter.to"), now, now);
        by.setLabel(Messages.t("reports.filter.by"));
        by.setItems(Breakdown.values());
        by.setItemLabelGenerator(Breakdown::label);
        by.setValue(Breakdown.MONTH);
        affiliate = ReportFields.affiliate(affiliates, auth);
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.income(new IncomeFilter(
                ReportFields.months(from, to), ReportFields.affiliateId(affiliate), by.getValue()))));
        ReportFields.rerunOn(run, from, to, by, affiliate);
        panel.addFilters(from, to, by, affiliate);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.income.page-title");
    }
}
