package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.GrowthFilter;

/** Joins, renewals and lapses per month, as a line chart and a table. */
@Route("reports/growth")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class MembershipGrowthView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<YearMonth> from;
    final ComboBox<YearMonth> to;
    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public MembershipGrowthView(MembershipReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.growth.title"), Messages.t("reports.growth.explanation"), "membership-growth",
                clock);
        YearMonth now = YearMonth.from(clock.today());
        from = ReportFields.month(Messages.t("reports.filter.from"), now, now.minusMonths(11));
        to = ReportFields.month(Messages.t("reports.filter.to"), now, now);
        affiliate = ReportFields.affiliate(affiliates, auth);
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.growth(
                new GrowthFilter(ReportFields.months(from, to), ReportFields.affiliateId(affiliate)))));
        ReportFields.rerunOn(run, from, to, affiliate);
        panel.addFilters(from, to, affiliate);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.growth.page-title");
    }
}
