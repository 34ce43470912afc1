package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one rule for email addresses: trimmed, lower-cased, one @, a dot in the domain, at most 254 chars. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private EmailAddress() {
    }

    /** The form an address is stored and looked up in, without judging it (for sign-in and look-ups). */
    public static String canonical(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** The canonical form of a valid address; a clear message when it is not one. */
    public static String normalise(String raw) {
        String email = canonical(raw);
        if (email.isEmpty()) {
            throw new BusinessRuleException(Messages.t("base.email.required"));
        }
        if (email.length() > 254 || !SHAPE.matcher(email).matches()) {
            throw new BusinessRuleException(Messages.t("base.email.invalid", raw.strip()));
        }
        return email;
    }

    public static boolean isValid(String raw) {
        try {
            normalise(raw);
            return true;
        } catch (BusinessRuleException e) {
            return false;
        }
    }
}
