package org.collegium.notifications.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.NotFoundException;
import org.collegium.notifications.domain.MailTextOverride;
import org.collegium.notifications.domain.MailTextOverrideRepository;
import org.collegium.notifications.service.SystemMails.Part;
import org.collegium.notifications.service.SystemMails.Template;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The system emails' templates (issue 17): an administrator reads each in English or Spanish, changes its texts with
 * named fields, previews them with sample values, and puts a template back to the default. A text that names a field
 * it does not have, leaves out a field it needs, or has a brace too many is refused with the reason; every change is
 * in the audit log. See {@link SystemMails} for the templates and {@link MailTemplateOverrides} for how the emails
 * pick the texts up.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_ADMIN)
public class MailTemplateService {

    public static final String AUDIT_TYPE = "MailTemplate";
    public static final int SUBJECT_MAX = 250;
    public static final int BODY_MAX = 10_000;

    public record TemplateSummary(String id, String name, Set<String> changedIn) {
    }

    /**
     * One text of a template as the page shows it: its fields (named), the required ones, the default and the
     * current text, whether it is changed, and the version to send back when saving (0 while it is the default).
     */
    public record PartView(String key, String label, boolean subject, List<String> fields, List<String> required,
            String defaultText, String text, boolean changed, long version) {
    }

    public record TemplateView(String id, String name, String language, List<PartView> parts) {

        public boolean changed() {
            return parts.stream().anyMatch(PartView::changed);
        }

        public Map<String, Long> versions() {
            Map<String, Long> versions = new LinkedHashMap<>();
            parts.forEach(p -> versions.put(p.key(), p.version()));
            return versions;
        }
    }

    /** A text filled with sample values, or why it cannot be used. */
    public record Preview(String text, String error) {
    }

    private final MailTextOverrideRepository overrides;
    private final AuditLog auditLog;

    MailTemplateService(MailTextOverrideRepository overrides, AuditLog auditLog) {
        this.overrides = overrides;
        this.auditLog = auditLog;
    }

    /** Every template, with the languages it is changed in. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        Map<String, Set<String>> changed = new HashMap<>();
        List<String> keys = SystemMails.all().stream().flatMap(t -> t.parts().stream()).map(Part::key).toList();
        for (MailTextOverride o : overrides.findByMessageKeyIn(keys)) {
            SystemMails.all().stream().filter(t -> t.part(o.getMessageKey()).isPresent()).findFirst()
                    .ifPresent(t -> changed.computeIfAbsent(t.id(), id -> new TreeSet<>()).add(o.getLanguage()));
        }
        return SystemMails.all().stream().map(t -> new TemplateSummary(t.id(), Messages.t(t.nameKey()),
                Set.copyOf(changed.getOrDefault(t.id(), Set.of())))).toList();
    }

    @Transactional(readOnly = true)
    public TemplateView template(String id, Locale language) {
        return view(find(id), Messages.supported(language));
    }

    /**
     * Saves the template's texts in the language. A text equal to the default is stored as no change; a text someone
     * else saved since the page read it is refused whole (nothing is written). Refusals name the text and the reason.
     */
    public TemplateView save(String id, Locale language, Map<String, String> texts, Map<String, Long> versions) {
        Template template = find(id);
        Locale lang = Messages.supported(language);
        String tag = Messages.tag(lang);
        Map<String, MailTextOverride> stored = stored(template, tag);
        FieldErrors errors = new FieldErrors();
        Map<String, String> clean = new LinkedHashMap<>();
        for (Part part : template.parts()) {
            String text = normalise(texts.get(part.key()));
            String label = Messages.t(part.labelKey());
            if (text == null || text.isBlank()) {
                errors.add(part.key(), Messages.t("base.field.required", label));
                continue;
            }
            errors.maxLength(part.key(), text, label, part.subject() ? SUBJECT_MAX : BODY_MAX);
            try {
                TemplateFields.toPattern(part, text, Messages.bundlePattern(lang, part.key()));
            } catch (TemplateFields.Refused e) {
                errors.add(part.key(), e.getMessage());
            }
            clean.put(part.key(), text);
        }
        errors.throwIfAny();
        String what = Messages.t("notifications.templates.what", Messages.t(template.nameKey()));
        for (Part part : template.parts()) {
            MailTextOverride row = stored.get(part.key());
            ConcurrentEditException.check(version(row), versions.getOrDefault(part.key(), 0L), what);
        }
        forgetUntilEnded();
        Changes changes = new Changes();
        for (Part part : template.parts()) {
            String text = clean.get(part.key());
            MailTextOverride row = stored.get(part.key());
            String before = row == null ? null : row.getText();
            if (same(text, defaultText(part, lang))) {
                if (row != null) {
                    overrides.delete(row);
                }
                changes.track(part.key(), before, null);
            } else if (row == null) {
                overrides.save(new MailTextOverride(part.key(), tag, text));
                changes.track(part.key(), null, text);
            } else if (!row.getText().equals(text)) {
                row.setText(text);
                changes.track(part.key(), before, text);
            }
        }
        overrides.flush();
        if (!changes.isEmpty()) {
            auditLog.record("MAIL_TEMPLATE_CHANGED", AUDIT_TYPE, template.id() + "/" + tag,
                    "Email template " + template.id() + " (" + tag + ") changed", changes);
        }
        return view(template, lang);
    }

    /** Back to the default: the template's texts in the language are the bundles' again. */
    public TemplateView restoreDefault(String id, Locale language) {
        Template template = find(id);
        Locale lang = Messages.supported(language);
        String tag = Messages.tag(lang);
        Map<String, MailTextOverride> stored = stored(template, tag);
        if (!stored.isEmpty()) {
            forgetUntilEnded();
            Changes changes = new Changes();
            stored.values().forEach(row -> changes.track(row.getMessageKey(), row.getText(), null));
            overrides.deleteAll(stored.values());
            overrides.flush();
            auditLog.record("MAIL_TEMPLATE_RESET", AUDIT_TYPE, template.id() + "/" + tag,
                    "Email template " + template.id() + " (" + tag + ") back to the default", changes);
        }
        return view(template, lang);
    }

    /** The texts as written so far, each filled with sample values in the template's language (nothing is saved). */
    @Transactional(readOnly = true)
    public Map<String, Preview> preview(String id, Locale language, Map<String, String> texts) {
        Template template = find(id);
        Locale lang = Messages.supported(language);
        Map<String, Preview> previews = new LinkedHashMap<>();
        for (Part part : template.parts()) {
            String text = normalise(texts.get(part.key()));
            if (text == null) {
                text = "";
            }
            try {
                TemplateFields.toPattern(part, text, Messages.bundlePattern(lang, part.key()));
                Map<String, String> samples = part.fields().stream().collect(Collectors.toMap(
                        SystemMails.Field::name, f -> Messages.in(lang, SystemMails.sampleKey(f.name()))));
                previews.put(part.key(), new Preview(TemplateFields.fill(text, samples), null));
            } catch (TemplateFields.Refused e) {
                previews.put(part.key(), new Preview(null, e.getMessage()));
            }
        }
        return previews;
    }

    private TemplateView view(Template template, Locale lang) {
        Map<String, MailTextOverride> stored = stored(template, Messages.tag(lang));
        List<PartView> parts = new ArrayList<>();
        for (Part part : template.parts()) {
            String defaultText = defaultText(part, lang);
            MailTextOverride row = stored.get(part.key());
            parts.add(new PartView(part.key(), Messages.t(part.labelKey()), part.subject(),
                    TemplateFields.names(part, false), TemplateFields.names(part, true), defaultText,
                    row == null ? defaultText : row.getText(), row != null, version(row)));
        }
        return new TemplateView(template.id(), Messages.t(template.nameKey()), Messages.tag(lang), parts);
    }

    /** The version the page holds: 0 for the default (no row), the row's version + 1 otherwise (a new row's is 0). */
    private static long version(MailTextOverride row) {
        return row == null ? 0 : row.getVersion() + 1;
    }

    private Map<String, MailTextOverride> stored(Template template, String tag) {
        return overrides.findByLanguageAndMessageKeyIn(tag, template.parts().stream().map(Part::key).toList())
                .stream().collect(Collectors.toMap(MailTextOverride::getMessageKey, o -> o));
    }

    private static String defaultText(Part part, Locale lang) {
        return TemplateFields.toNamed(part, Messages.bundlePattern(lang, part.key()));
    }

    private static Template find(String id) {
        return SystemMails.template(id)
                .orElseThrow(() -> new NotFoundException(Messages.t("notifications.templates.the-template")));
    }

    /** Line ends as "\n" (a browser sends "\r\n"); the text otherwise as written, trailing line ends included. */
    private static String normalise(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    /**
     * The emails read the texts from memory: forgotten now and once this transaction has ended (committed or not),
     * so that no email uses a text that was rolled back or misses one that was saved.
     */
    private static void forgetUntilEnded() {
        Messages.overridesChanged();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                Messages.overridesChanged();
            }
        });
    }
}
