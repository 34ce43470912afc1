package org.collegium.members.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/**
 * Why two members are likely the same person, strongest first. Each rule is a key the database keeps on the
 * member row with an index (V7__duplicate_keys.sql); two members sharing a key are a likely pair.
 */
public enum DuplicateRule {
    SAME_EMAIL("dup_email_key"),
    SAME_NAME_AND_LICENCE("dup_licence_key"),
    SIMILAR_NAME_SAME_STATE("dup_similar_key");

    private final String keyColumn;

    DuplicateRule(String keyColumn) {
        this.keyColumn = keyColumn;
    }

    /** The reason in the current person's language ("Same email"). */
    public String label() {
        return Messages.t("members.duplicates.rule." + name());
    }

    public String label(Locale locale) {
        return Messages.in(locale, "members.duplicates.rule." + name());
    }

    /** The generated, indexed column holding the rule's key (a constant, never input). */
    String keyColumn() {
        return keyColumn;
    }
}
