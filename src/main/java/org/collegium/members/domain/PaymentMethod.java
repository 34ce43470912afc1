package org.collegium.members.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** How a recorded payment was made. Payments are recorded here, never processed: a card is taken elsewhere. */
public enum PaymentMethod {
    CHECK,
    CASH,
    BANK_TRANSFER,
    CARD_ELSEWHERE,
    WAIVED;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("membership.payment.method." + name());
    }

    /** The label in a given language (an email, a PDF, an audit line kept in English). */
    public String label(Locale locale) {
        return Messages.in(locale, "membership.payment.method." + name());
    }
}
