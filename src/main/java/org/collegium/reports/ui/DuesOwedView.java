package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
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

/** Terms whose dues are not paid or waived yet, to follow up: who, how much, and since when. */
@Route("reports/dues-owed")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class DuesOwedView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public DuesOwedView(RenewalReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel(Messages.t("reports.dues-owed.title"), Messages.t("reports.dues-owed.explanation"), "dues-owed",
                clock);
        affiliate = ReportFields.affiliate(affiliates, auth);
        Runnable run = () -> ReportFields.run(new FieldMessages(), panel, () -> panel.show(reports.duesOwed(
                ReportFields.affiliateId(affiliate))));
        ReportFields.rerunOn(run, affiliate);
        panel.addFilters(affiliate);
        add(panel);
        run.run();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("reports.dues-owed.page-title");
    }
}
