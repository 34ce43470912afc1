package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.collegium.reports.service.RenewalReports;
import org.collegium.reports.service.RenewalReports.LapsedFilter;

/** Members who lapsed between two days and have not come back, to win them back. */
@Route("reports/lapsed")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class LapsedView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from;
    final DatePicker to;
    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public LapsedView(RenewalReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.lapsed.title"), Messages.t("reports.lapsed.explanation"), "lapsed-members",
                clock);
        from = ReportFields.day(Messages.t("reports.filter.from"), clock.today().minusMonths(3));
        to = ReportFields.day(Messages.t("reports.filter.to"), clock.today());
        affiliate = ReportFields.affiliate(affiliates, auth);
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> {
            LapsedFilter filter = new LapsedFilter(from.getValue(), to.getValue(), ReportFields.affiliateId(affiliate));
            panel.show(reports.lapsed(filter));
            panel.showChart(reports.lapsedChart(filter));
        });
        ReportFields.rerunOn(run, from, to, affiliate);
        panel.addFilters(from, to, affiliate);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.lapsed.page-title");
    }
}
