package org.collegium.groups.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** Where a group meets. */
public enum GroupFormat {
    ONLINE,
    IN_PERSON;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("groups.format." + name());
    }

    /** The label in a given language (an email to someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "groups.format." + name());
    }
}
