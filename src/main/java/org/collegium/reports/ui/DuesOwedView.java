package org.collegium.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.reports.service.RenewalReports;

/** Terms whose dues are not paid or waived yet, to follow up: who, how much, and since when. */
@Route("reports/dues-owed")
@PageTitle("Dues owed")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class DuesOwedView extends VerticalLayout {

    final ComboBox<AffiliateOption> affiliate;
    final ReportPanel panel;

    public DuesOwedView(RenewalReports reports, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        panel = new ReportPanel("Dues owed", "Every term whose dues have no payment or waiver recorded, the longest "
                + "overdue first. A term unpaid after its pay-by day does not count towards membership; record the "
                + "payment (or a waiver) on the member's page.", "dues-owed", clock);
        affiliate = ReportFields.affiliate(affiliates, auth);
        Runnable run = () -> ReportFields.run(new FieldMessages(), panel, () -> panel.show(reports.duesOwed(
                ReportFields.affiliateId(affiliate))));
        ReportFields.rerunOn(run, affiliate);
        panel.addFilters(affiliate);
        add(panel);
        run.run();
    }
}
