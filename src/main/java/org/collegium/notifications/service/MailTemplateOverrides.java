package org.collegium.notifications.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.collegium.base.i18n.Messages;
import org.collegium.base.i18n.TextOverrides;
import org.collegium.notifications.service.SystemMails.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The administrators' texts of the system emails, answering {@link Messages#in} from memory (it is asked for every
 * text, and answers only for the templates' keys). Read all at once when first needed, forgotten when a template is
 * saved or put back (and again when that transaction has ended, whichever way), and read afresh at least once a
 * minute so that another instance's change on the same database arrives too. A stored text that no longer fits its
 * template (a field renamed in a later version) is skipped with a warning: the default is sent instead.
 */
@Component
class MailTemplateOverrides implements TextOverrides {

    /** How long texts read once are used before being read again (another instance may have changed them). */
    static final long FRESH_NANOS = 60_000_000_000L;

    private static final Logger log = LoggerFactory.getLogger(MailTemplateOverrides.class);

    private final MailTemplateStore store;

    /** Guarded by {@code this}: the patterns by language tag and key, when they were read, a change counter. */
    private Map<String, String> patterns;
    private long readAt;
    private long generation;

    MailTemplateOverrides(MailTemplateStore store) {
        this.store = store;
    }

    @PostConstruct
    void register() {
        Messages.override(this);
    }

    @PreDestroy
    void unregister() {
        Messages.stopOverriding(this);
    }

    @Override
    public String pattern(Locale language, String key) {
        if (SystemMails.part(key).isEmpty()) {
            return null;
        }
        return patterns().get(cacheKey(Messages.tag(language), key));
    }

    @Override
    public synchronized void changed() {
        patterns = null;
        generation++;
    }

    private Map<String, String> patterns() {
        long seen;
        synchronized (this) {
            if (patterns != null && System.nanoTime() - readAt < FRESH_NANOS) {
                return patterns;
            }
            seen = generation;
        }
        long started = System.nanoTime();
        var rows = store.all();
        if (rows == null) {
            return Map.of();
        }
        Map<String, String> loaded = new HashMap<>();
        for (var row : rows) {
            Part part = SystemMails.part(row.key()).orElse(null);
            if (part == null) {
                continue; // a key no template has any more
            }
            Locale language = Messages.supported(row.language());
            try {
                loaded.put(cacheKey(Messages.tag(language), row.key()),
                        TemplateFields.toPattern(part, row.text(), Messages.bundlePattern(language, row.key())));
            } catch (TemplateFields.Refused e) {
                log.warn("The changed text of {} ({}) no longer fits its template, the default is sent: {}",
                        row.key(), row.language(), e.getMessage());
            }
        }
        synchronized (this) {
            if (generation == seen) {
                patterns = loaded;
                readAt = started;
            }
        }
        return loaded;
    }

    private static String cacheKey(String tag, String key) {
        return tag + ":" + key;
    }
}
