package org.collegium.credentials.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** How CE was taken: in person or online (licences often cap online hours). */
public enum CeDelivery {
    IN_PERSON, ONLINE;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("credentials.delivery." + name());
    }

    /** The label in a given language (an email, a PDF for someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "credentials.delivery." + name());
    }
}
