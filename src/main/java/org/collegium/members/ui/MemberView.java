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
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
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
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class MemberView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String NEW = "new";

    private final MemberService service;
    private final MembershipTypeService types;
    private final PaymentService payments;
    private final SocietyClock clock;
    private final boolean editor;

    final ProfileFields profile = new ProfileFields();
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>(t("members.member.affiliate"));
    final Checkbox directoryOptIn = new Checkbox(t("members.member.directory-opt-in"));
    final Checkbox showEmail = new Checkbox(t("members.member.show-email"));
    final TextArea notes = new TextArea(t("members.member.notes"));
    final Button save = new Button(t("members.member.save"));
    private final FieldMessages messages = new FieldMessages();
    private final H2 title = new H2();
    private final Anchor history = new Anchor("audit", t("members.member.history"));
    private final Paragraph standing = new Paragraph();
    private final VerticalLayout membership = new VerticalLayout();
    private final VerticalLayout paymentSection = new VerticalLayout();
    private MemberDetails current;
    // the membership choices live as long as the page: an action never resets what the person chose
    final ComboBox<TypeView> renewType = new ComboBox<>(t("members.member.renew.type"));
    final Select<MembershipStatus> endHow = new Select<>();
    final DatePicker endFrom = new DatePicker(t("members.member.end.from"));

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
        affiliate.setHelperText(t("members.member.affiliate.help"));
        profile.bind(messages).bind("affiliateId", affiliate).bind("notes", notes);
        FormLayout form = new FormLayout(profile.components());
        form.add(affiliate, directoryOptIn, showEmail, notes);
        form.setColspan(notes, 2);
        form.setMaxWidth("60rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout actions = new HorizontalLayout(save, new RouterLink(t("members.member.back"), MembersView.class));
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
        renewType.setItemLabelGenerator(type -> type.dues().signum() == 0 ? t("members.member.renew.type.free",
                type.name()) : t("members.member.renew.type.dues", type.name(), Formats.money(type.dues())));
        endHow.setLabel(t("members.member.end.how"));
        endHow.setItems(MembershipStatus.RESIGNED, MembershipStatus.LAPSED);
        endHow.setItemLabelGenerator(MembershipStatus::label);
        endHow.setPlaceholder(t("members.member.end.how.placeholder"));
        endFrom.setLocale(getLocale());
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
            title.setText(t("members.member.new"));
            standing.setText(t("members.member.new.standing"));
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
        String text = t("members.member.standing.status", d.status().label());
        if (d.typeName() != null) {
            text += " · " + d.typeName();
        }
        if (d.termEnd() != null) {
            text += " · " + t("members.member.standing.term-ends", clock.formatShortDate(d.termEnd()));
        }
        if (d.closedStatus() != null) {
            text += " · " + t("members.member.standing.closed", lower(d.closedStatus().label()),
                    clock.formatShortDate(d.closedOn()));
        }
        String owed = DuesText.owedSummary(d.terms(), clock, t("members.member.standing.owes"));
        return owed == null ? text : text + " · " + owed;
    }

    private void showMembership(MemberDetails d) {
        membership.removeAll();
        Grid<TermView> terms = new Grid<>();
        // a phone shows the type (its dates below) and the dues without panning
        terms.addComponentColumn(term -> twoLines(term.typeName(), clock.formatShortDate(term.start()) + " – "
                + clock.formatShortDate(term.end()))).setHeader(t("members.member.terms.type")).setWidth("9rem")
                .setFlexGrow(1);
        terms.addColumn(term -> DuesText.of(term, clock)).setHeader(t("members.member.terms.dues")).setWidth("8rem")
                .setFlexGrow(1);
        terms.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        terms.setItems(d.terms());
        terms.setAllRowsVisible(true);
        membership.add(new H3(t("members.member.terms")), d.terms().isEmpty()
                ? new Paragraph(t("members.member.terms.none")) : terms);
        if (!editor) {
            return;
        }
        Button renew = new Button(t("members.member.renew.add"), e -> {
            if (renewType.getValue() == null) {
                renewType.setErrorMessage(t("members.member.renew.type.required"));
                renewType.setInvalid(true);
                return;
            }
            act(() -> service.renew(d.id(), renewType.getValue().id(), d.form().version()), t("members.member.renew.done"));
        });
        membership.add(new H3(t("members.member.renew")), row(renewType, renew), new H3(t("members.member.end")));
        if (!MembershipStatusRule.canEnd(d.status(), d.closedStatus())) {
            membership.add(new Paragraph(d.closedStatus() != null
                    ? t("members.member.end.ended", lower(d.closedStatus().label()), clock.formatShortDate(d.closedOn()))
                    : t("members.member.end.not-running", lower(d.status().label()))));
            return;
        }
        // the last day a term covers is the latest an ending can take effect
        LocalDate lastEnd = d.terms().stream().map(TermView::end).max(LocalDate::compareTo).orElseThrow();
        endFrom.setMin(d.terms().stream().map(TermView::start).min(LocalDate::compareTo).orElseThrow());
        endFrom.setMax(lastEnd);
        if (endFrom.getValue() == null || endFrom.getValue().isAfter(lastEnd)) {
            endFrom.setValue(clock.today().isAfter(lastEnd) ? lastEnd : clock.today());
        }
        Button end = new Button(t("members.member.end.button"), e -> confirmEnding(d));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        membership.add(row(endHow, endFrom, end));
    }

    /** Ending is asked twice: the dialog names what it does, and the choice stays as it was if cancelled. */
    private void confirmEnding(MemberDetails d) {
        if (endHow.getValue() == null) {
            endHow.setErrorMessage(t("members.member.end.how.required"));
            endHow.setInvalid(true);
            return;
        }
        if (endFrom.getValue() == null) {
            endFrom.setErrorMessage(t("members.end.day-required"));
            endFrom.setInvalid(true);
            return;
        }
        endHow.setInvalid(false);
        endFrom.setInvalid(false);
        MembershipStatus how = endHow.getValue();
        LocalDate on = endFrom.getValue();
        String name = d.form().firstName() + " " + d.form().lastName();
        boolean resigns = how == MembershipStatus.RESIGNED;
        ConfirmDialog dialog = new ConfirmDialog(t(resigns ? "members.member.end.resign.title"
                : "members.member.end.lapse.title"), endingConsequence(name, how, on),
                t(resigns ? "members.member.end.resign.confirm" : "members.member.end.lapse.confirm"),
                e -> act(() -> service.close(d.id(), how, on, d.form().version()), t("members.member.end.done")));
        dialog.setCancelText(t("members.member.cancel"));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private String endingConsequence(String name, MembershipStatus how, LocalDate on) {
        return t(how == MembershipStatus.RESIGNED ? "members.member.end.resign.consequence"
                : "members.member.end.lapse.consequence", name, clock.formatShortDate(on), how.label());
    }

    // --- payments: recorded here, never processed

    private void showPayments(MemberDetails d) {
        paymentSection.removeAll();
        List<PaymentView> list = payments.forMember(d.id());
        Grid<PaymentView> grid = new Grid<>();
        grid.setId("payments");
        // a phone shows the date (how, what for and the receipt's number below), the amount and the receipt
        grid.addComponentColumn(this::paymentCell).setHeader(t("members.member.payments.date")).setKey("paidOn")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(p -> Formats.money(p.amount())).setHeader(t("members.member.payments.amount"))
                .setKey("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        // the download stays in view on a phone and at 1280 px: last, frozen to the end
        grid.addComponentColumn(this::receiptLink).setHeader(t("members.member.payments.receipt")).setKey("receipt")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        paymentSection.add(new H3(t("members.member.payments")), list.isEmpty()
                ? new Paragraph(t("members.member.payments.none")) : grid);
        if (editor) {
            paymentSection.add(new H3(t("members.member.payment.record")), paymentForm(d));
        }
    }

    private Div paymentCell(PaymentView p) {
        List<String> facts = new java.util.ArrayList<>();
        facts.add(p.method().label());
        if (p.reference() != null && !p.reference().isBlank()) {
            facts.add(p.reference());
        }
        if (p.termTypeName() != null) {
            facts.add(t("members.member.payments.for") + " " + p.termTypeName() + ", "
                    + clock.formatShortDate(p.termStart()) + " – " + clock.formatShortDate(p.termEnd()));
        }
        facts.add(t("members.member.payments.receipt-number") + " " + p.receiptNumber());
        return twoLines(clock.formatShortDate(p.paidOn()), String.join(" · ", facts));
    }

    /** A grid cell: the main fact, and the second ones in a smaller line below. */
    private static Div twoLines(String main, String second) {
        Span first = new Span(main);
        first.getStyle().set("display", "block");
        Span below = new Span(second);
        below.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(first, below);
    }

    private Anchor receiptLink(PaymentView p) {
        return ReceiptLink.of(p, payments::receipt);
    }

    /** The record-payment form, prefilled for the latest term: its dues, paid today. */
    private Component paymentForm(MemberDetails d) {
        ComboBox<TermView> term = new ComboBox<>(t("members.member.payment.term"));
        term.setItems(d.terms());
        term.setItemLabelGenerator(v -> v.typeName() + ", " + clock.formatShortDate(v.start()) + " – "
                + clock.formatShortDate(v.end()));
        term.setClearButtonVisible(true);
        term.setHelperText(t("members.member.payment.term.help"));
        BigDecimalField amount = new MoneyField(t("members.member.payment.amount"));
        amount.setPrefixComponent(new Span("$"));
        amount.setRequiredIndicatorVisible(true);
        // a combo box, not a select: a required vaadin-select puts aria-required on its value button, which the
        // button role does not allow (axe aria-allowed-attr); a combo box's input may say it is required
        ComboBox<PaymentMethod> method = new ComboBox<>(t("members.member.payment.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(PaymentMethod::label);
        method.setPlaceholder(t("members.member.payment.method.placeholder"));
        method.setRequiredIndicatorVisible(true);
        TextField reference = new TextField(t("members.member.payment.reference"));
        reference.setMaxLength(100);
        reference.setHelperText(t("members.member.payment.reference.help"));
        DatePicker paidOn = new DatePicker(t("members.member.payment.paid-on"), clock.today());
        paidOn.setLocale(getLocale());
        paidOn.setMax(clock.today());
        paidOn.setRequiredIndicatorVisible(true);
        TextField note = new TextField(t("members.member.payment.note"));
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
        Button record = new Button(t("members.member.payment.record"), e -> {
            try {
                PaymentView recorded = payments.record(d.id(), new PaymentForm(amount.getValue(), method.getValue(),
                        reference.getValue(), paidOn.getValue(), term.getValue() == null ? null : term.getValue().id(),
                        note.getValue()));
                Notifications.success(t("members.member.payment.done", recorded.receiptNumber()));
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

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true); // a phone puts what does not fit on the next line
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
                Notifications.success(t("members.member.created"));
                getUI().ifPresent(ui -> ui.navigate(MemberView.class, String.valueOf(created.id())));
            } else {
                show(service.update(current.id(), form));
                Notifications.success(t("members.member.saved"));
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

    @Override
    public String getPageTitle() {
        return t("members.member.title");
    }

    private static String t(String key, Object... args) {
        return Messages.t(key, args);
    }

    /** A status inside a sentence, lower case as the person's language writes it ("grace period"). */
    private static String lower(String label) {
        return label.toLowerCase(Messages.current());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static long nzId(Long id) {
        return id == null ? -1 : id;
    }
}
