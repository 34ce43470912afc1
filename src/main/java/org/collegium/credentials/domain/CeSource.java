package org.collegium.credentials.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** Where CE hours in the ledger came from. */
public enum CeSource {
    EVENT, EXTERNAL, SUPERVISION, PEER_GROUP;

    /** The stored title of a supervision row in which the member received supervision. */
    public static final String SUPERVISEE = "SUPERVISEE";
    /** The stored title of a supervision row in which the member supervised. */
    public static final String SUPERVISOR = "SUPERVISOR";

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("credentials.source." + name());
    }

    /**
     * A ledger row's title as the current person reads it. Supervision rows store no words but the member's part
     * ({@link #SUPERVISEE} or {@link #SUPERVISOR}), shown in the reader's language; other sources store their
     * record's own title (an event's, a course's, a group's name), shown as it is.
     */
    public String title(String stored) {
        if (this == SUPERVISION && (SUPERVISEE.equals(stored) || SUPERVISOR.equals(stored))) {
            return Messages.t("credentials.ledger.supervision." + stored);
        }
        return stored;
    }

    /** The label in a given language (an email, a PDF for someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "credentials.source." + name());
    }
}
