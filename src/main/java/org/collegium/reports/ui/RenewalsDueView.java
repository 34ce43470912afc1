package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.collegium.reports.service.RenewalReports.DueFilter;

/** Members whose term ends in the next days, to remind them. */
@Route("reports/renewals")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class RenewalsDueView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField days = new IntegerField(Messages.t("reports.filter.days"));
    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public RenewalsDueView(RenewalReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.renewals.title"), Messages.t("reports.renewals.explanation"), "renewals-due",
                clock);
        days.setValue(30);
        days.setMin(0);
        days.setMax(RenewalReports.MAX_DAYS);
        days.setStepButtonsVisible(true);
        affiliate = ReportFields.affiliate(affiliates, auth);
        FieldMessages messages = new FieldMessages().bind("days", days);
        Runnable run = () -> ReportFields.run(messages, panel, () -> {
            DueFilter filter = new DueFilter(days.getValue(), ReportFields.affiliateId(affiliate));
            panel.show(reports.due(filter));
            panel.showChart(reports.dueChart(filter));
        });
        ReportFields.rerunOn(run, days, affiliate);
        panel.addFilters(days, affiliate);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.renewals.page-title");
    }
}
