package org.collegium.members.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

public enum ApplicationStatus {
    /** A type granted at once: waiting for the applicant to open the link emailed to them (issue 11). */
    UNCONFIRMED,
    PENDING,
    APPROVED,
    DECLINED;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("membership.application.status." + name());
    }

    /** The label in a given language (an email, a PDF, an audit line kept in English). */
    public String label(Locale locale) {
        return Messages.in(locale, "membership.application.status." + name());
    }
}
