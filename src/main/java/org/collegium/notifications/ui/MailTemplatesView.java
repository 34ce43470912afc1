package org.collegium.notifications.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.ConfirmDestructive;
import org.collegium.base.ui.Notifications;
import org.collegium.notifications.service.MailTemplateService;
import org.collegium.notifications.service.MailTemplateService.PartView;
import org.collegium.notifications.service.MailTemplateService.Preview;
import org.collegium.notifications.service.MailTemplateService.TemplateSummary;
import org.collegium.notifications.service.MailTemplateService.TemplateView;

/**
 * The system emails' templates (issue 17): choose an email and a language, change its texts with named fields, see
 * them filled with sample values as you type, save, or put the template back to the default.
 */
@Route("admin/email-templates")
@Menu(order = 91.3, title = "notifications.menu.templates", icon = "vaadin:envelope-o")
@RolesAllowed(Access.ADMIN)
public class MailTemplatesView extends VerticalLayout implements HasDynamicTitle {

    final Select<TemplateSummary> template = new Select<>();
    final Select<Locale> language = new Select<>();
    final Paragraph state = new Paragraph();
    final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
    final Map<String, Pre> previews = new LinkedHashMap<>();
    final Button save = new Button(Messages.t("notifications.templates.save"), e -> save());
    final Button restore = new Button(Messages.t("notifications.templates.restore"), e -> confirmRestore());

    private final MailTemplateService service;
    private final VerticalLayout editor = new VerticalLayout();
    private final VerticalLayout preview = new VerticalLayout();
    private TemplateView current;
    /** Set while a choice is put back (the person kept their unsaved texts), so that nothing is reloaded. */
    private boolean reverting;

    public MailTemplatesView(MailTemplateService service) {
        this.service = service;
        add(new Paragraph(Messages.t("notifications.templates.intro", "{firstName}")));
        template.setLabel(Messages.t("notifications.templates.template"));
        template.setItemLabelGenerator(this::label);
        template.setWidth("28rem");
        template.setMaxWidth("100%"); // a phone
        state.setId("template-state");
        language.setLabel(Messages.t("notifications.templates.language"));
        language.setItems(Messages.SUPPORTED);
        language.setItemLabelGenerator(Messages::ownName);
        language.setValue(Messages.supported(Messages.current()));
        List<TemplateSummary> all = service.templates();
        template.setItems(all);
        template.setValue(all.getFirst());
        template.addValueChangeListener(e -> {
            if (e.getValue() != null && !reverting) {
                askBeforeDiscarding(() -> template.setValue(e.getOldValue()));
            }
        });
        language.addValueChangeListener(e -> {
            if (!reverting) {
                askBeforeDiscarding(() -> language.setValue(e.getOldValue()));
            }
        });
        HorizontalLayout choice = new HorizontalLayout(template, language);
        choice.setWrap(true); // the language below the email on a phone
        choice.setWidthFull();
        choice.setAlignItems(Alignment.BASELINE);
        choice.setWrap(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.addThemeVariants(ButtonVariant.LUMO_ERROR);
        editor.setPadding(false);
        preview.setPadding(false);
        add(choice, state, editor, new HorizontalLayout(save, restore), new H2(Messages.t(
                "notifications.templates.preview")), new Paragraph(Messages.t("notifications.templates.preview-help")),
                preview);
        load();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("notifications.templates.title");
    }

    private String label(TemplateSummary t) {
        if (t.changedIn().isEmpty()) {
            return t.name();
        }
        return Messages.t("notifications.templates.changed-in", t.name(), t.changedIn().stream()
                .map(tag -> Messages.ownName(Messages.supported(tag))).collect(Collectors.joining(", ")));
    }

    /** Another email or language: unsaved texts are not thrown away without asking. */
    private void askBeforeDiscarding(Runnable putBack) {
        if (!unsaved()) {
            load();
            return;
        }
        ConfirmDialog ask = new ConfirmDialog(Messages.t("notifications.templates.discard.header"),
                Messages.t("notifications.templates.discard.text", current.name()),
                Messages.t("notifications.templates.discard.confirm"), ok -> load());
        ask.setCancelable(true);
        ask.setCancelText(Messages.t("notifications.templates.discard.keep"));
        ask.addCancelListener(c -> {
            reverting = true;
            try {
                putBack.run();
            } finally {
                reverting = false;
            }
        });
        ask.open();
    }

    /** Whether a text differs from what was loaded or saved. */
    private boolean unsaved() {
        return current != null && current.parts().stream().anyMatch(p -> fields.containsKey(p.key())
                && !fields.get(p.key()).getValue().equals(p.text()));
    }

    private void load() {
        show(service.template(template.getValue().id(), language.getValue()));
    }

    private void show(TemplateView view) {
        current = view;
        editor.removeAll();
        preview.removeAll();
        fields.clear();
        previews.clear();
        for (PartView part : view.parts()) {
            AbstractField<?, String> field = part.subject() ? subjectField(part) : bodyField(part);
            field.setValue(part.text());
            field.addValueChangeListener(e -> refreshPreview());
            fields.put(part.key(), field);
            editor.add(field);
            Pre text = new Pre();
            text.addClassName("email-preview");
            text.setId("preview-" + part.key().replace('.', '-'));
            previews.put(part.key(), text);
            preview.add(new H3(part.label()), text);
        }
        state.setText(Messages.t(view.changed() ? "notifications.templates.state.changed"
                : "notifications.templates.state.default"));
        restore.setEnabled(view.changed());
        refreshPreview();
    }

    private TextField subjectField(PartView part) {
        TextField field = new TextField(part.label());
        field.setMaxLength(MailTemplateService.SUBJECT_MAX);
        field.setWidthFull();
        field.setMaxWidth("50rem");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(help(part));
        return field;
    }

    private TextArea bodyField(PartView part) {
        TextArea field = new TextArea(part.label());
        field.setMaxLength(MailTemplateService.BODY_MAX);
        field.setWidthFull();
        field.setMaxWidth("50rem");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(help(part));
        return field;
    }

    private static String help(PartView part) {
        if (part.fields().isEmpty()) {
            return Messages.t("notifications.templates.no-fields");
        }
        String fields = Messages.t("notifications.templates.fields", String.join(", ", part.fields()));
        return part.required().isEmpty() ? fields
                : fields + " " + Messages.t("notifications.templates.required", String.join(", ", part.required()));
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((key, field) -> texts.put(key, field.getValue()));
        return texts;
    }

    void refreshPreview() {
        Map<String, Preview> shown = service.preview(current.id(), language.getValue(), texts());
        shown.forEach((key, p) -> {
            Pre text = previews.get(key);
            if (p.error() != null) {
                invalid(key, p.error());
                text.setText(Messages.t("notifications.templates.preview.refused", p.error()));
            } else {
                valid(key);
                text.setText(Messages.t("notifications.templates.preview.text", p.text()));
            }
        });
    }

    void save() {
        try {
            TemplateView saved = service.save(current.id(), language.getValue(), texts(), current.versions());
            Notifications.success(Messages.t("notifications.templates.saved", saved.name(),
                    Messages.ownName(language.getValue())));
            show(saved);
            refreshList();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::invalid);
            Notifications.error(Messages.t("notifications.templates.not-saved"));
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    void confirmRestore() {
        ConfirmDestructive.open(Messages.t("notifications.templates.restore.header", current.name(),
                Messages.ownName(language.getValue())), Messages.t("notifications.templates.restore.consequence"),
                Messages.t("notifications.templates.restore.confirm"), Messages.t("notifications.templates.restore.keep"),
                this::restore);
    }

    private void restore() {
        TemplateView restored = service.restoreDefault(current.id(), language.getValue());
        Notifications.success(Messages.t("notifications.templates.restored", restored.name(),
                Messages.ownName(language.getValue())));
        show(restored);
        refreshList();
    }

    /** The list's "changed in" marks after a save; the chosen template stays chosen. */
    private void refreshList() {
        String id = current.id();
        List<TemplateSummary> all = service.templates();
        reverting = true;
        try {
            template.setItems(all);
            all.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(template::setValue);
        } finally {
            reverting = false;
        }
    }

    private void invalid(String key, String message) {
        AbstractField<?, String> field = fields.get(key);
        if (field instanceof TextField f) {
            f.setErrorMessage(message);
            f.setInvalid(true);
        } else if (field instanceof TextArea a) {
            a.setErrorMessage(message);
            a.setInvalid(true);
        }
    }

    private void valid(String key) {
        AbstractField<?, String> field = fields.get(key);
        if (field instanceof TextField f) {
            f.setInvalid(false);
        } else if (field instanceof TextArea a) {
            a.setInvalid(false);
        }
    }
}
