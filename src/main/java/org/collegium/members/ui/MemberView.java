package org.collegium.members.ui;

import org.collegium.base.domain.Access;
import org.collegium.base.ui.NotFoundPages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.MoneyField;
import org.collegium.base.ui.Notifications;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipStatusRule;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.TermView;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeView;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentRecords.PaymentView;
import org.collegium.members.service.PaymentRecords.Receipt;
import org.collegium.members.service.PaymentService;

/**
 * One member, at a bookmarkable address (members/123, or members/new): the record, its term history, renewing
 * and ending the membership, and the payments recorded with their receipts. Officers read it; the board,
 * administrators and the member's affiliate administrator edit it and record payments.
 */
@Route("members")
@PageTitle("Member")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class MemberView extends VerticalLayout implements HasUrlParameter<String> {

    static final String NEW = "new";

    private final MemberService service;
    private final MembershipTypeService types;
    private final PaymentService payments;
    private final SocietyClock clock;
    private final boolean editor;

    final ProfileFields profile = new ProfileFields();
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>("Affiliate");
    final Checkbox directoryOptIn = new Checkbox("Listed in the members' directory");
    final Checkbox showEmail = new Checkbox("Show email in the directory");
    final TextArea notes = new TextArea("Notes (board and affiliate administrators only)");
    final Button save = new Button("Save");
    private final FieldMessages messages = new FieldMessages();
    private final H2 title = new H2();
    private final Anchor history = new Anchor("audit", "Change history");
    private final Paragraph standing = new Paragraph();
    private final VerticalLayout membership = new VerticalLayout();
    private final VerticalLayout paymentSection = new VerticalLayout();
    private MemberDetails current;
    // the membership choices live as long as the page: an action never resets what the person chose
    final ComboBox<TypeView> renewType = new ComboBox<>("Membership type");
    final Select<MembershipStatus> endHow = new Select<>();
    final DatePicker endFrom = new DatePicker("From");

    public MemberView(MemberService service, MembershipTypeService types, PaymentService payments,
            AffiliateService affiliates, SocietyClock clock, AuthenticationContext auth) {
        this.service = service;
        this.types = types;
        this.payments = payments;
        this.clock = clock;
        this.editor = auth.hasAnyRole("ADMIN", "BOARD", "AFFILIATE_ADMIN");
        affiliate.setItems(affiliates.options());
        affiliate.setItemLabelGenerator(AffiliateOption::name);
        affiliate.setClearButtonVisible(true);
        affiliate.setHelperText("Leave empty for members of the national society only.");
        profile.bind(messages).bind("affiliateId", affiliate).bind("notes", notes);
        FormLayout form = new FormLayout(profile.components());
        form.add(affiliate, directoryOptIn, showEmail, notes);
        form.setColspan(notes, 2);
        form.setMaxWidth("60rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout actions = new HorizontalLayout(save, new RouterLink("Back to members", MembersView.class));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setVisible(editor);
        notes.setVisible(editor); // the service leaves them out for officers too
        if (!editor) {
            form.getChildren().forEach(c -> {
                if (c instanceof HasValue<?, ?> field) {
                    field.setReadOnly(true);
                }
            });
        }
        membership.setPadding(false);
        paymentSection.setPadding(false);
        if (editor) {
            renewType.setItems(types.all().stream().filter(TypeView::active).toList());
        }
        renewType.setItemLabelGenerator(t -> t.name() + (t.dues().signum() == 0 ? " (free)" : " ($" + t.dues() + ")"));
        endHow.setLabel("End the membership as");
        endHow.setItems(MembershipStatus.RESIGNED, MembershipStatus.LAPSED);
        endHow.setItemLabelGenerator(MembershipStatus::label);
        endHow.setPlaceholder("Resigned or lapsed?");
        add(title, standing, history, form, actions, membership, paymentSection);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            if (!editor) { // officers read members but may not create one: no blank form for them
                NotFoundPages.show(event);
                return;
            }
            current = null;
            title.setText("New member");
            standing.setText("A new member starts as an applicant; renew to give them their first term.");
            profile.startNew(Discipline.OTHER);
            membership.removeAll();
            paymentSection.removeAll();
            return;
        }
        NotFoundPages.load(event, () -> show(service.get(Long.parseLong(parameter))));
    }

    private void show(MemberDetails details) {
        current = details;
        history.setHref("audit?type=Member&id=" + details.id());
        MemberForm f = details.form();
        title.setText(f.firstName() + " " + f.lastName());
        profile.show(f);
        affiliate.setValue(affiliate.getListDataView().getItems().filter(a -> a.id() == nzId(f.affiliateId()))
                .findFirst().orElse(null));
        directoryOptIn.setValue(f.directoryOptIn());
        showEmail.setValue(f.showEmailInDirectory());
        notes.setValue(nz(f.notes()));
        messages.clear();
        standing.setText(standingText(details));
        showMembership(details);
        showPayments(details);
    }

    private String standingText(MemberDetails d) {
        String text = "Status: " + d.status().label();
        if (d.typeName() != null) {
            text += " · " + d.typeName();
        }
        if (d.termEnd() != null) {
            text += " · current term ends " + clock.formatShortDate(d.termEnd());
        }
        if (d.closedStatus() != null) {
            text += " · " + d.closedStatus().label().toLowerCase() + " from " + clock.formatShortDate(d.closedOn());
        }
        String owed = DuesText.owedSummary(d.terms(), clock, "Owes");
        return owed == null ? text : text + " · " + owed;
    }

    private void showMembership(MemberDetails d) {
        membership.removeAll();
        Grid<TermView> terms = new Grid<>();
        terms.addColumn(TermView::typeName).setHeader("Type");
        terms.addColumn(t -> clock.formatShortDate(t.start())).setHeader("From");
        terms.addColumn(t -> clock.formatShortDate(t.end())).setHeader("To");
        terms.addColumn(t -> DuesText.of(t, clock)).setHeader("Dues");
        terms.setItems(d.terms());
        terms.setAllRowsVisible(true);
        membership.add(new H3("Membership history"), d.terms().isEmpty()
                ? new Paragraph("No terms yet.") : terms);
        if (!editor) {
            return;
        }
        Button renew = new Button("Add a term", e -> {
            if (renewType.getValue() == null) {
                renewType.setErrorMessage("Choose the membership type of the new term.");
                renewType.setInvalid(true);
                return;
            }
            act(() -> service.renew(d.id(), renewType.getValue().id(), d.form().version()), "Term added.");
        });
        membership.add(new H3("Renew"), row(renewType, renew), new H3("End"));
        if (!MembershipStatusRule.canEnd(d.status(), d.closedStatus())) {
            membership.add(new Paragraph(d.closedStatus() != null
                    ? "Ended: " + d.closedStatus().label().toLowerCase() + " from "
                            + clock.formatShortDate(d.closedOn()) + ". Adding a term reopens the membership."
                    : "Only an active membership or one in its grace period can be ended; this one is "
                            + d.status().label().toLowerCase() + "."));
            return;
        }
        // the last day a term covers is the latest an ending can take effect
        LocalDate lastEnd = d.terms().stream().map(TermView::end).max(LocalDate::compareTo).orElseThrow();
        endFrom.setMin(d.terms().stream().map(TermView::start).min(LocalDate::compareTo).orElseThrow());
        endFrom.setMax(lastEnd);
        if (endFrom.getValue() == null || endFrom.getValue().isAfter(lastEnd)) {
            endFrom.setValue(clock.today().isAfter(lastEnd) ? lastEnd : clock.today());
        }
        Button end = new Button("End membership…", e -> confirmEnding(d));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        membership.add(row(endHow, endFrom, end));
    }

    /** Ending is asked twice: the dialog names what it does, and the choice stays as it was if cancelled. */
    private void confirmEnding(MemberDetails d) {
        if (endHow.getValue() == null) {
            endHow.setErrorMessage("Choose whether the member resigned or let the membership lapse.");
            endHow.setInvalid(true);
            return;
        }
        if (endFrom.getValue() == null) {
            endFrom.setErrorMessage("Choose the day the membership ends.");
            endFrom.setInvalid(true);
            return;
        }
        endHow.setInvalid(false);
        endFrom.setInvalid(false);
        MembershipStatus how = endHow.getValue();
        LocalDate on = endFrom.getValue();
        String name = d.form().firstName() + " " + d.form().lastName();
        ConfirmDialog dialog = new ConfirmDialog(how == MembershipStatus.RESIGNED ? "Record a resignation?"
                : "Record a lapse?", endingConsequence(name, how, on), how == MembershipStatus.RESIGNED
                ? "Record resignation" : "Record lapse",
                e -> act(() -> service.close(d.id(), how, on, d.form().version()), "Membership ended."));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private String endingConsequence(String name, MembershipStatus how, LocalDate on) {
        return name + (how == MembershipStatus.RESIGNED ? " resigns" : "'s membership lapses") + " from "
                + clock.formatShortDate(on) + ": from that day their status is " + how.label()
                + ", they are no longer a current member (no directory listing, no members' prices, no members-only"
                + " groups) and the record cannot be ended again. Adding a term later reopens the membership.";
    }

    // --- payments: recorded here, never processed

    private void showPayments(MemberDetails d) {
        paymentSection.removeAll();
        List<PaymentView> list = payments.forMember(d.id());
        Grid<PaymentView> grid = new Grid<>();
        grid.setId("payments");
        grid.addColumn(p -> clock.formatShortDate(p.paidOn())).setHeader("Date").setKey("paidOn");
        grid.addColumn(p -> money(p.amount())).setHeader("Amount").setKey("amount")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.method().label()).setHeader("Method").setKey("method");
        grid.addColumn(p -> nz(p.reference())).setHeader("Reference").setKey("reference");
        grid.addColumn(p -> p.termTypeName() == null ? "" : p.termTypeName() + ", "
                + clock.formatShortDate(p.termStart()) + " – " + clock.formatShortDate(p.termEnd()))
                .setHeader("For").setKey("term");
        grid.addColumn(PaymentView::receiptNumber).setHeader("Receipt number").setKey("receiptNumber");
        grid.addComponentColumn(this::receiptLink).setHeader("Receipt").setKey("receipt");
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        paymentSection.add(new H3("Payments"), list.isEmpty() ? new Paragraph("No payments recorded yet.") : grid);
        if (editor) {
            paymentSection.add(new H3("Record payment"), paymentForm(d));
        }
    }

    private Anchor receiptLink(PaymentView p) {
        return ReceiptLink.of(p, payments::receipt);
    }

    /** The record-payment form, prefilled for the latest term: its dues, paid today. */
    private Component paymentForm(MemberDetails d) {
        ComboBox<TermView> term = new ComboBox<>("For term");
        term.setItems(d.terms());
        term.setItemLabelGenerator(t -> t.typeName() + ", " + clock.formatShortDate(t.start()) + " – "
                + clock.formatShortDate(t.end()));
        term.setClearButtonVisible(true);
        term.setHelperText("Leave empty when it is not for a membership term.");
        BigDecimalField amount = new MoneyField("Amount");
        amount.setPrefixComponent(new Span("$"));
        amount.setRequiredIndicatorVisible(true);
        Select<PaymentMethod> method = new Select<>();
        method.setLabel("Method");
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(PaymentMethod::label);
        method.setPlaceholder("How was it paid?");
        method.setRequiredIndicatorVisible(true);
        TextField reference = new TextField("Reference");
        reference.setMaxLength(100);
        reference.setHelperText("Check number, transfer or card slip reference");
        DatePicker paidOn = new DatePicker("Paid on", clock.today());
        paidOn.setMax(clock.today());
        paidOn.setRequiredIndicatorVisible(true);
        TextField note = new TextField("Note (not on the receipt)");
        note.setMaxLength(500);
        term.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                amount.setValue(e.getValue().dues());
            }
        });
        if (!d.terms().isEmpty()) {
            TermView latest = d.terms().getLast();
            term.setValue(latest);
            amount.setValue(latest.dues());
        }
        FieldMessages paymentMessages = new FieldMessages().bind("termId", term).bind("amount", amount)
                .bind("method", method).bind("reference", reference).bind("paidOn", paidOn).bind("note", note);
        Button record = new Button("Record payment", e -> {
            try {
                PaymentView recorded = payments.record(d.id(), new PaymentForm(amount.getValue(), method.getValue(),
                        reference.getValue(), paidOn.getValue(), term.getValue() == null ? null : term.getValue().id(),
                        note.getValue()));
                Notifications.success("Payment recorded: receipt " + recorded.receiptNumber() + ".");
                showPayments(d);
            } catch (InvalidInputException ex) {
                paymentMessages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(term, amount, method, reference, paidOn, note);
        form.setMaxWidth("60rem");
        VerticalLayout box = new VerticalLayout(form, record);
        box.setPadding(false);
        return box;
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void save() {
        ProfileFields p = profile;
        MemberForm form = new MemberForm(p.firstName.getValue(), p.lastName.getValue(), p.email.getValue(),
                p.phone.getValue(), p.credentials.getValue(), p.discipline.getValue(), p.licenceState.getValue(),
                p.licenceNumber.getValue(), p.practiceName.getValue(), p.city.getValue(), p.state.getValue(),
                p.postalCode.getValue(), p.country.getValue(),
                affiliate.getValue() == null ? null : affiliate.getValue().id(),
                directoryOptIn.getValue(), showEmail.getValue(), notes.getValue(),
                current == null ? 0 : current.form().version());
        try {
            if (current == null) {
                MemberDetails created = service.create(form);
                Notifications.success("Member created.");
                getUI().ifPresent(ui -> ui.navigate(MemberView.class, String.valueOf(created.id())));
            } else {
                show(service.update(current.id(), form));
                Notifications.success("Member saved.");
            }
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void act(Supplier<MemberDetails> action, String success) {
        try {
            show(action.get());
            Notifications.success(success);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static long nzId(Long id) {
        return id == null ? -1 : id;
    }
}
