package org.collegium.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Every word Collegium shows or sends comes from here: the bundles {@code i18n/<feature>.properties} (English) and
 * {@code i18n/<feature>_es.properties} (Spanish), where a key's first part names its bundle ({@code members.join.title}
 * lives in {@code i18n/members}). Values are {@link MessageFormat} patterns, so an apostrophe is written twice.
 * <p>
 * {@link #t} speaks the language of the person behind the current request (set per request from their choice, their
 * account or their browser; see accounts/ui/PreferencesFilter); a job writing to someone passes their locale to
 * {@link #in}. {@link #PSEUDO} marks every translated text, so that a test can find words that bypassed the bundles.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.forLanguageTag("en-US");
    public static final Locale SPANISH = Locale.forLanguageTag("es-US");
    /** The languages people may choose, in the order the language switch offers them. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);
    /** Test-only: English wrapped in ⟦…⟧ (see UntranslatedTextTest). */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentHashMap<String, Boolean> reportedMissing = new ConcurrentHashMap<>();
    /** The feature that lets an administrator change some texts (the system emails), newest last; see TextOverrides. */
    private static final CopyOnWriteArrayList<TextOverrides> overrides = new CopyOnWriteArrayList<>();

    private Messages() {
    }

    /** The text for the key in the current person's language. */
    public static String t(String key, Object... args) {
        return in(current(), key, args);
    }

    /** The text for the key in the given language (an email to someone, a PDF for them). */
    public static String in(Locale locale, String key, Object... args) {
        boolean pseudo = PSEUDO.equals(locale);
        Locale language = pseudo ? ENGLISH : supported(locale);
        String pattern = overridden(language, key);
        if (pattern == null) {
            pattern = pattern(language, key);
        }
        if (pattern == null && !language.equals(ENGLISH)) {
            pattern = pattern(ENGLISH, key);
        }
        if (pattern == null) {
            if (reportedMissing.putIfAbsent(key, Boolean.TRUE) == null) {
                log.warn("No text for the key {} in any bundle", key);
            }
            return "!" + key + "!";
        }
        String text = new MessageFormat(pattern, language).format(args);
        return pseudo ? "⟦" + text + "⟧" : text;
    }

    /** The bundle's own pattern for the key in exactly that language (English or Spanish), ignoring any override. */
    public static String bundlePattern(Locale language, String key) {
        return pattern(supported(language), key);
    }

    /** Registers the texts an administrator changed; the newest registration answers (one per application context). */
    public static void override(TextOverrides texts) {
        overrides.remove(texts);
        overrides.add(texts);
    }

    /** Withdraws a registration (its application context is closing). */
    public static void stopOverriding(TextOverrides texts) {
        overrides.remove(texts);
    }

    /** Tells every registration that the changed texts changed (each reads them afresh when next asked). */
    public static void overridesChanged() {
        overrides.forEach(TextOverrides::changed);
    }

    private static String overridden(Locale language, String key) {
        int last = overrides.size() - 1;
        if (last < 0) {
            return null;
        }
        try {
            return overrides.get(last).pattern(language, key);
        } catch (RuntimeException e) { // a registration withdrawn meanwhile, or its texts unreadable: the bundle's
            log.warn("Changed texts unavailable for {}: {}", key, e.toString());
            return null;
        }
    }

    /** Whether a bundle holds the key (for texts a feature only sometimes has, e.g. a status's help line). */
    public static boolean has(String key) {
        return pattern(ENGLISH, key) != null;
    }

    /** The language of the person behind the current request; English when there is none (a job). */
    public static Locale current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        if (PSEUDO.equals(locale)) {
            return PSEUDO;
        }
        return locale == null ? ENGLISH : supported(locale);
    }

    /**
     * The current person's language and zone as plain values, for work handed to another thread (an import, a backup):
     * the request's own context reads the request, which is gone by then.
     */
    public static LocaleContext detached() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        java.util.TimeZone zone = context instanceof org.springframework.context.i18n.TimeZoneAwareLocaleContext zoned
                ? zoned.getTimeZone() : null;
        return new org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext(current(), zone);
    }

    /** The supported language nearest to the given one (Spanish for any es-*, else English). */
    public static Locale supported(Locale locale) {
        if (locale != null && SPANISH.getLanguage().equals(locale.getLanguage())) {
            return SPANISH;
        }
        return ENGLISH;
    }

    /** The supported language for a stored tag such as "es" (English for null or anything unknown). */
    public static Locale supported(String tag) {
        return tag == null || tag.isBlank() ? ENGLISH : supported(Locale.forLanguageTag(tag.strip()));
    }

    /** The tag a language is stored as: "en" or "es". */
    public static String tag(Locale locale) {
        return supported(locale).getLanguage();
    }

    /** The language's own name for itself, as the language switch shows it ("English", "Español"). */
    public static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String pattern(Locale language, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + key.substring(0, dot),
                    language.equals(ENGLISH) ? Locale.ROOT : Locale.forLanguageTag(language.getLanguage()),
                    NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
