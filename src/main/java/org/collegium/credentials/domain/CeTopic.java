package org.collegium.credentials.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** A subject requirement profiles count hours of (ethics, diversity, group psychotherapy...). */
public enum CeTopic {
    GROUP_PSYCHOTHERAPY, ETHICS, DEI, SUPERVISION, CLINICAL, OTHER;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("credentials.topic." + name());
    }

    /** The label in a given language (an email, a PDF for someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "credentials.topic." + name());
    }
}
