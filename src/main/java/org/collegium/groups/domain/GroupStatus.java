package org.collegium.groups.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** Whether a group meets at the moment: a paused group has no new sessions generated. */
public enum GroupStatus {
    ACTIVE,
    PAUSED;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("groups.status." + name());
    }

    /** The label in a given language (an email to someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "groups.status." + name());
    }
}
