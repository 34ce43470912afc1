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
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.Breakdown;
import org.collegium.reports.service.MembershipReports.SummaryFilter;

/** Members on a chosen day by status, type and affiliate. */
@Route("reports/membership")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class MembershipSummaryView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker on;
    final Select<Breakdown> by = new Select<>();
    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public MembershipSummaryView(MembershipReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.membership.title"), Messages.t("reports.membership.explanation"), "membership-summary",
                clock);
        on = ReportFields.day(Messages.t("reports.filter.on"), clock.today());
        by.setLabel(Messages.t("reports.filter.by"));
        by.setItems(Breakdown.values());
        by.setItemLabelGenerator(Breakdown::label);
        by.setValue(Breakdown.STATUS);
        affiliate = ReportFields.affiliate(affiliates, auth);
        FieldMessages messages = new FieldMessages().bind("on", on);
        Runnable run = () -> ReportFields.run(messages, panel, () -> panel.show(reports.summary(
                new SummaryFilter(on.getValue(), ReportFields.affiliateId(affiliate), by.getValue()))));
        ReportFields.rerunOn(run, on, by, affiliate);
        panel.addFilters(on, by, affiliate);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.membership.page-title");
    }
}
