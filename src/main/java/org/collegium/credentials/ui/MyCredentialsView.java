package org.collegium.credentials.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.domain.RequirementProgress;
import org.collegium.credentials.service.CredentialService;
import org.collegium.credentials.service.CredentialService.CredentialForm;
import org.collegium.credentials.service.CredentialService.CredentialProgressView;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.credentials.service.RequirementProfileService.ProfileSummary;

/**
 * A member's credentials: per credential, the current cycle, hours that count per category, what is missing and by
 * when (a progress bar with the figures in words beside it), the transcript PDF; and a form to add or change one.
 */
@Route("my/credentials")
@Menu(order = 7.5, title = "credentials.menu.mine", icon = "vaadin:diploma")
@RolesAllowed(Access.MEMBER)
public class MyCredentialsView extends VerticalLayout implements HasDynamicTitle {

    private final CredentialService service;
    private final SocietyClock clock;
    final VerticalLayout list = new VerticalLayout();
    final ComboBox<ProfileSummary> profile = new ComboBox<>(Messages.t("credentials.mine.profile"));
    final TextField number = new TextField(Messages.t("credentials.mine.number"));
    final DatePicker issuedOn = new DatePicker(Messages.t("credentials.mine.issued"));
    final ComboBox<Month> birthMonth = new ComboBox<>(Messages.t("credentials.mine.birth-month"));
    final Button save = new Button(Messages.t("credentials.mine.add"));
    final Button cancel = new Button(Messages.t("credentials.mine.cancel"));
    final H2 formHeading = new H2(Messages.t("credentials.mine.add-heading"));
    private final FieldMessages messages = new FieldMessages();
    private CredentialProgressView editing;

    public MyCredentialsView(CredentialService service, RequirementProfileService profiles, SocietyClock clock) {
        this.service = service;
        this.clock = clock;
        list.setPadding(false);
        profile.setItems(profiles.list());
        profile.setItemLabelGenerator(ProfileSummary::name);
        profile.addValueChangeListener(e -> showDatesFor(e.getValue()));
        birthMonth.setItems(Month.values());
        birthMonth.setItemLabelGenerator(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, Messages.current()));
        issuedOn.setMax(clock.today());
        messages.bind("profile", profile).bind("number", number).bind("issuedOn", issuedOn)
                .bind("birthMonth", birthMonth);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> reset());
        cancel.setVisible(false);
        showDatesFor(null);
        FormLayout form = new FormLayout(profile, number, issuedOn, birthMonth);
        add(new H2(Messages.t("credentials.mine.heading")), list, formHeading,
                new Paragraph(Messages.t("credentials.mine.form-help")), form, new HorizontalLayout(save, cancel));
        refresh();
    }

    private void showDatesFor(ProfileSummary p) {
        issuedOn.setVisible(p == null || p.cycleStart() != CycleStart.FIXED_DATE);
        birthMonth.setVisible(p != null && p.cycleStart() == CycleStart.BIRTH_MONTH);
        issuedOn.setHelperText(p != null && p.cycleStart() == CycleStart.BIRTH_MONTH
                ? Messages.t("credentials.mine.issued-help-birth") : Messages.t("credentials.mine.issued-help"));
    }

    void refresh() {
        list.removeAll();
        List<CredentialProgressView> mine;
        try {
            mine = service.mine();
        } catch (BusinessRuleException e) {
            list.add(new Paragraph(e.getMessage()));
            save.setEnabled(false);
            return;
        }
        if (mine.isEmpty()) {
            list.add(new Paragraph(Messages.t("credentials.mine.none")));
        }
        mine.forEach(c -> list.add(card(c)));
    }

    private Div card(CredentialProgressView c) {
        RequirementProgress p = c.progress();
        Div card = new Div();
        card.addClassName("credential-card");
        card.setWidthFull();
        card.setMaxWidth("48rem");
        H3 title = new H3(c.profileName());
        Paragraph facts = new Paragraph((c.number() == null ? "" : Messages.t("credentials.mine.number-is",
                c.number()) + " · ") + Messages.t("credentials.mine.cycle", clock.formatShortDate(c.cycle().start()),
                clock.formatShortDate(c.cycle().end())));
        String totalText = Messages.t("credentials.progress.total", Formats.decimal(p.counted(), 2),
                Formats.decimal(p.required(), 2));
        card.add(title, facts, bar(p.counted(), p.required(), totalText), new Paragraph(totalText));
        UnorderedList lines = new UnorderedList();
        for (RequirementProgress.Line l : p.lines()) {
            String text = l.bound() == Bound.MIN
                    ? Messages.t("credentials.progress.min", l.category().label(), Formats.decimal(l.counted(), 2),
                            Formats.decimal(l.limit(), 2))
                    : Messages.t("credentials.progress.max", l.category().label(), Formats.decimal(l.hours(), 2),
                            Formats.decimal(l.limit(), 2));
            ListItem item = new ListItem(new Text(text));
            if (l.bound() == Bound.MIN) {
                item.add(bar(l.counted(), l.limit(), text));
            }
            if (l.bound() == Bound.MIN && !l.met()) {
                item.add(new Span(" " + Messages.t("credentials.progress.line-missing",
                        Formats.decimal(l.missing(), 2))));
            } else if (l.bound() == Bound.MAX && l.hours().compareTo(l.limit()) > 0) {
                item.add(new Span(" " + Messages.t("credentials.progress.over",
                        Formats.decimal(l.hours().subtract(l.limit()), 2))));
            }
            lines.add(item);
        }
        card.add(lines);
        Paragraph status = new Paragraph(p.isShort()
                ? Messages.t("credentials.progress.missing", Formats.decimal(p.missing(), 2),
                        clock.formatShortDate(c.cycle().end()))
                : Messages.t("credentials.progress.met"));
        status.getStyle().set("font-weight", "600");
        Button edit = new Button(Messages.t("credentials.mine.edit"), e -> edit(c));
        edit.setAriaLabel(Messages.t("credentials.mine.edit-aria", c.profileName()));
        Button remove = new Button(Messages.t("credentials.mine.remove"), e -> remove(c));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(Messages.t("credentials.mine.remove-aria", c.profileName()));
        HorizontalLayout actions = new HorizontalLayout(FileLink.of(() -> service.transcriptPdf(c.id(), clock.today()),
                Messages.t("credentials.mine.transcript"), Messages.t("credentials.mine.transcript-aria",
                        c.profileName())), packetLink(c), edit, remove);
        actions.setWrap(true); // four actions wrap on a phone rather than widen the card
        card.add(status, actions);
        return card;
    }

    /** The audit packet of the current cycle: the transcript and the certificates behind its hours, zipped. */
    private Anchor packetLink(CredentialProgressView c) {
        LocalDate day = clock.today();
        return FileLink.streamed(() -> service.auditPacketName(c.id(), day), "application/zip",
                out -> service.writeAuditPacket(c.id(), day, out), Messages.t("credentials.mine.packet"),
                Messages.t("credentials.mine.packet-aria", c.profileName()));
    }

    /** A bar whose figures are also its accessible name (colour and length are never the only signal). */
    private static ProgressBar bar(BigDecimal value, BigDecimal of, String text) {
        ProgressBar bar = new ProgressBar(0, 1, of.signum() == 0 ? 1
                : Math.min(1, value.doubleValue() / of.doubleValue()));
        bar.getElement().setAttribute("aria-label", text);
        bar.getElement().setAttribute("aria-valuetext", text);
        return bar;
    }

    private void edit(CredentialProgressView c) {
        editing = c;
        messages.clear();
        profile.setValue(profile.getListDataView().getItems().filter(p -> p.id() == c.profileId()).findFirst()
                .orElse(null));
        profile.setReadOnly(true);
        number.setValue(c.number() == null ? "" : c.number());
        issuedOn.setValue(c.issuedOn());
        birthMonth.setValue(c.birthMonth());
        formHeading.setText(Messages.t("credentials.mine.edit-heading", c.profileName()));
        save.setText(Messages.t("credentials.mine.save"));
        cancel.setVisible(true);
        number.focus();
    }

    private void save() {
        messages.clear();
        ProfileSummary p = profile.getValue();
        CredentialForm form = new CredentialForm(p == null ? null : p.id(), number.getValue(),
                issuedOn.isVisible() ? issuedOn.getValue() : null, birthMonth.isVisible() ? birthMonth.getValue()
                        : null, editing == null ? 0 : editing.version());
        try {
            if (editing == null) {
                service.add(form);
            } else {
                service.update(editing.id(), form);
            }
            Notifications.success(Messages.t("credentials.mine.saved"));
            reset();
            refresh();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void remove(CredentialProgressView c) {
        try {
            service.remove(c.id());
            Notifications.success(Messages.t("credentials.mine.removed", c.profileName()));
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
        reset();
        refresh();
    }

    private void reset() {
        editing = null;
        messages.clear();
        profile.setReadOnly(false);
        profile.clear();
        number.clear();
        issuedOn.clear();
        birthMonth.clear();
        formHeading.setText(Messages.t("credentials.mine.add-heading"));
        save.setText(Messages.t("credentials.mine.add"));
        cancel.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("credentials.title.mine");
    }
}
