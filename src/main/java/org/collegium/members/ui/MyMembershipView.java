package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
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
@Menu(order = 3, title = "membership.menu.my-membership", icon = "vaadin:diploma-scroll")
@RolesAllowed(Access.MEMBER)
public class MyMembershipView extends VerticalLayout implements HasDynamicTitle {

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
        List<String> standing = new ArrayList<>();
        standing.add(getTranslation("membership.my.status", m.status().label()));
        if (m.typeName() != null) {
            standing.add(m.typeName());
        }
        if (m.termEnd() != null) {
            standing.add(getTranslation("membership.my.term-ends", clock.formatShortDate(m.termEnd())));
        }
        add(new Paragraph(String.join(" · ", standing)));
        // phone: two columns each, wrapping, so nothing needs sideways scrolling
        Grid<TermView> terms = new Grid<>();
        terms.addColumn(LitRenderer.<TermView>of("""
                        <div>${item.type}</div>
                        <div class="text-s text-secondary">${item.period}</div>""")
                        .withProperty("type", TermView::typeName)
                        .withProperty("period", t -> getTranslation("membership.my.period",
                                clock.formatShortDate(t.start()), clock.formatShortDate(t.end()))))
                .setHeader(getTranslation("membership.my.terms.column.term")).setFlexGrow(1).setKey("term");
        terms.addColumn(t -> DuesText.of(t, clock)).setHeader(getTranslation("membership.my.terms.column.dues"))
                .setFlexGrow(1).setKey("dues");
        terms.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        terms.setItems(m.terms());
        terms.setAllRowsVisible(true);
        String owed = DuesText.owedSummary(m.terms(), clock, getTranslation("membership.my.you-owe"));
        if (owed != null) {
            Paragraph owes = new Paragraph(getTranslation("membership.my.owed", owed));
            owes.setId("dues-owed");
            add(owes);
        }
        add(new H2(getTranslation("membership.my.terms")),
                m.terms().isEmpty() ? new Paragraph(getTranslation("membership.my.terms.none")) : terms);
        List<PaymentView> paid = payments.mine();
        Grid<PaymentView> receipts = new Grid<>();
        receipts.addColumn(LitRenderer.<PaymentView>of("""
                        <div>${item.amount} · ${item.method}</div>
                        <div class="text-s text-secondary">${item.when}</div>""")
                        .withProperty("amount", p -> Formats.money(p.amount()))
                        .withProperty("method", p -> p.method().label())
                        .withProperty("when", p -> getTranslation("membership.my.payments.paid-on",
                                clock.formatShortDate(p.paidOn()), p.receiptNumber())))
                .setHeader(getTranslation("membership.my.payments.column.payment")).setFlexGrow(1)
                .setKey("payment");
        receipts.addComponentColumn(p -> ReceiptLink.of(p, payments::myReceipt))
                .setHeader(getTranslation("membership.my.payments.column.receipt")).setFlexGrow(0)
                .setAutoWidth(true).setFrozenToEnd(true).setTextAlign(ColumnTextAlign.END).setKey("receipt");
        receipts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        receipts.setItems(paid);
        receipts.setAllRowsVisible(true);
        add(new H2(getTranslation("membership.my.payments")),
                paid.isEmpty() ? new Paragraph(getTranslation("membership.my.payments.none")) : receipts,
                new H2(getTranslation("membership.my.renew")));
        if (m.renewalPending()) {
            add(new Paragraph(getTranslation("membership.my.renewal-pending")));
            return;
        }
        ComboBox<JoinOption> type = new ComboBox<>(getTranslation("membership.my.renew.type"));
        type.setItems(applications.joinOptions());
        type.setItemLabelGenerator(o -> getTranslation("membership.my.renew.option", o.name(), o.dues()));
        type.setWidth("20rem");
        type.setMaxWidth("100%");
        Button renew = new Button(getTranslation("membership.my.renew.ask"), e -> {
            if (type.getValue() == null) {
                type.setErrorMessage(getTranslation("membership.my.renew.choose"));
                type.setInvalid(true);
                return;
            }
            try {
                Outcome outcome = applications.requestRenewal(type.getValue().id());
                Notifications.success(getTranslation(outcome == Outcome.GRANTED ? "membership.my.renew.granted"
                        : "membership.my.renew.sent"));
                refresh();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout row = new FlexLayout(type, renew);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP); // the button goes under the field on a phone
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("gap-m");
        add(new Paragraph(getTranslation("membership.my.renew.how")), row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.my.title");
    }
}
