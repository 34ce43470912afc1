package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.JoinOption;
import org.collegium.members.service.ApplicationService.Outcome;
import org.collegium.members.service.MemberRecords.TermView;
import org.collegium.members.service.PaymentRecords.PaymentView;
import org.collegium.members.service.PaymentService;
import org.collegium.members.service.SelfService;
import org.collegium.members.service.SelfService.MyMembership;

/** A member's standing, their terms, and a way to renew. */
@Route("my/membership")
@PageTitle("My membership")
@Menu(order = 3, title = "My membership", icon = "vaadin:diploma-scroll")
@RolesAllowed(Access.MEMBER)
public class MyMembershipView extends VerticalLayout {

    private final SelfService self;
    private final ApplicationService applications;
    private final SocietyClock clock;
    private final PaymentService payments;

    public MyMembershipView(SelfService self, ApplicationService applications, PaymentService payments,
            SocietyClock clock) {
        this.self = self;
        this.payments = payments;
        this.applications = applications;
        this.clock = clock;
        refresh();
    }

    private void refresh() {
        removeAll();
        MyMembership m;
        try {
            m = self.membership();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        add(new Paragraph("Status: " + m.status().label() + (m.typeName() == null ? "" : " · " + m.typeName())
                + (m.termEnd() == null ? "" : " · your current term ends " + clock.formatShortDate(m.termEnd()))));
        Grid<TermView> terms = new Grid<>();
        terms.addColumn(TermView::typeName).setHeader("Membership");
        terms.addColumn(t -> clock.formatShortDate(t.start())).setHeader("From");
        terms.addColumn(t -> clock.formatShortDate(t.end())).setHeader("To");
        terms.addColumn(t -> DuesText.of(t, clock)).setHeader("Dues");
        terms.setItems(m.terms());
        terms.setAllRowsVisible(true);
        String owed = DuesText.owedSummary(m.terms(), clock, "You owe");
        if (owed != null) {
            Paragraph owes = new Paragraph(owed + " Pay the society's office; your receipt appears below once it "
                    + "is recorded.");
            owes.setId("dues-owed");
            add(owes);
        }
        add(new H3("Your terms"), m.terms().isEmpty() ? new Paragraph("No terms yet.") : terms);
        List<PaymentView> paid = payments.mine();
        Grid<PaymentView> receipts = new Grid<>();
        receipts.addColumn(p -> clock.formatShortDate(p.paidOn())).setHeader("Paid");
        receipts.addColumn(p -> "$" + p.amount()).setHeader("Amount");
        receipts.addColumn(p -> p.method().label()).setHeader("Method");
        receipts.addColumn(PaymentView::receiptNumber).setHeader("Receipt number");
        receipts.addComponentColumn(p -> ReceiptLink.of(p, payments::myReceipt)).setHeader("Receipt");
        receipts.setItems(paid);
        receipts.setAllRowsVisible(true);
        add(new H3("Your payments and receipts"), paid.isEmpty() ? new Paragraph("No payments recorded yet.")
                : receipts, new H3("Renew"));
        if (m.renewalPending()) {
            add(new Paragraph("Your renewal request is with the board. You will get an email when it is done."));
            return;
        }
        ComboBox<JoinOption> type = new ComboBox<>("Membership");
        type.setItems(applications.joinOptions());
        type.setItemLabelGenerator(o -> o.name() + " (" + o.dues() + ")");
        type.setWidth("20rem");
        Button renew = new Button("Ask to renew", e -> {
            if (type.getValue() == null) {
                type.setErrorMessage("Choose the membership you want to renew on.");
                type.setInvalid(true);
                return;
            }
            try {
                Outcome outcome = applications.requestRenewal(type.getValue().id());
                Notifications.success(outcome == Outcome.GRANTED ? "Renewed." : "Your request went to the board.");
                refresh();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(type, renew);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Paragraph("Dues are paid by check or bank transfer; the treasurer records them and the board "
                + "confirms your new term."), row);
    }
}
