package org.collegium.base.service;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one rule for email addresses: trimmed, lower-cased, one @, a dot in the domain, at most 254 chars. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private EmailAddress() {
    }

    public static String normalise(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new BusinessRuleException("An email address is required.");
        }
        if (email.length() > 254 || !SHAPE.matcher(email).matches()) {
            throw new BusinessRuleException("'" + raw.strip() + "' is not a valid email address.");
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
