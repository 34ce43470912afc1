package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.reports.service.IncomeReports;
import org.collegium.reports.service.IncomeReports.Breakdown;
import org.collegium.reports.service.IncomeReports.IncomeFilter;

/** Recorded income by month and by what it paid for. */
@Route("reports/income")
@PageTitle("Income")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class IncomeView extends VerticalLayout {

    final ComboBox<YearMonth> from;
    final ComboBox<YearMonth> to;
    final Select<Breakdown> by = new Select<>();
    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public IncomeView(IncomeReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel("Income", "Recorded payments on the day they were received: dues by the membership "
                + "type of the term they paid for, and event registrations by event: the price charged for each "
                + "registration holding a seat (confirmed, attended or no-show), on the day of registering. An "
                + "affiliate's income is its members' dues and the registrations for the events it hosts.", "income", clock);
        YearMonth now = YearMonth.from(clock.today());
        from = ReportFields.month("From", now, now.minusMonths(11));
        to = ReportFields.month("To", now, now);
        by.setLabel("Break down by");
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
}
