package org.collegium.groups.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** What a group costs its members. */
public enum GroupCost {
    FREE,
    FEE,
    SLIDING_SCALE;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("groups.cost." + name());
    }

    /** The label in a given language (an email to someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "groups.cost." + name());
    }
}
