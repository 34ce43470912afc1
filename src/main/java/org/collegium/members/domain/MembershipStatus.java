package org.collegium.members.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** Where a member stands, derived from their terms and today's date by {@link MembershipStatusRule}. */
public enum MembershipStatus {
    APPLICANT,
    ACTIVE,
    GRACE,
    LAPSED,
    RESIGNED;

    /** The label in the current person's language ("Grace period"). */
    public String label() {
        return Messages.t("members.status." + name());
    }

    /** The label in a given language (English for files and the audit log, which keep one wording). */
    public String label(Locale locale) {
        return Messages.in(locale, "members.status." + name());
    }
}
