package org.collegium.credentials.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** Whether CE is formal (an approved course, a training) or informal (reading, peer consultation). */
public enum CeFormality {
    FORMAL, INFORMAL;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("credentials.formality." + name());
    }

    /** The label in a given language (an email, a PDF for someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "credentials.formality." + name());
    }
}
