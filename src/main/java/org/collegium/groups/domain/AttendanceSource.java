package org.collegium.groups.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** How an attendance came to be recorded. */
public enum AttendanceSource {
    PORTAL,
    FACILITATOR;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("groups.attendance-source." + name());
    }

    /** The label in a given language (an email to someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "groups.attendance-source." + name());
    }
}
