package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.GrowthFilter;

/** Joins, renewals and lapses per month, as a line chart and a table. */
@Route("reports/growth")
@PageTitle("Membership growth")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class MembershipGrowthView extends VerticalLayout {

    final ComboBox<YearMonth> from;
    final ComboBox<YearMonth> to;
    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public MembershipGrowthView(MembershipReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel("Membership growth", "A join is a member's first term beginning; a renewal any later "
                + "term beginning; a lapse the day after a term's grace days end with no new term begun, or a lapse "
                + "the board recorded. Lapses are counted up to today.", "membership-growth", clock);
        YearMonth now = YearMonth.from(clock.today());
        from = ReportFields.month("From", now, now.minusMonths(11));
        to = ReportFields.month("To", now, now);
        affiliate = ReportFields.affiliate(affiliates, auth);
        FieldMessages messages = new FieldMessages().bind("from", from).bind("to", to);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.growth(
                new GrowthFilter(ReportFields.months(from, to), ReportFields.affiliateId(affiliate)))));
        ReportFields.rerunOn(run, from, to, affiliate);
        panel.addFilters(from, to, affiliate);
        add(panel);
        run.run();
    }
}
