package org.collegium.groups.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** A member's place on a group's roster. */
public enum GroupMembershipStatus {
    REQUESTED,
    ACTIVE,
    LEFT,
    DECLINED;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("groups.membership." + name());
    }

    /** The label in a given language (an email to someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "groups.membership." + name());
    }
}
