package org.collegium.base.i18n;

import java.util.Locale;

/**
 * Texts an administrator wrote in place of a bundle's, for some keys and one language at a time: the system emails'
 * templates (issue 17, notifications/service/MailTemplateOverrides implements it). {@link Messages#in} asks the
 * registered implementation first, so the senders keep calling {@code Messages.in(language, key, args...)}.
 * Defined here because base depends on no feature.
 */
public interface TextOverrides {

    /**
     * The {@link java.text.MessageFormat} pattern (positional arguments, as the bundle's) that replaces the key's text
     * in this supported language, or null for the bundle's own. Called for every text, so it must answer from memory.
     */
    String pattern(Locale language, String key);

    /** The stored texts changed: read them afresh when next asked. */
    void changed();
}
