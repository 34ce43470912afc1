package org.collegium.credentials.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** Where CE hours in the ledger came from. */
public enum CeSource {
    EVENT, EXTERNAL, SUPERVISION, PEER_GROUP;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("credentials.source." + name());
    }

    /** The label in a given language (an email, a PDF for someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "credentials.source." + name());
    }
}
