package org.collegium.groups.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** One week's meeting: scheduled, cancelled (with a reason) or held (attendance taken). */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    HELD;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("groups.session-status." + name());
    }

    /** The label in a given language (an email to someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "groups.session-status." + name());
    }
}
