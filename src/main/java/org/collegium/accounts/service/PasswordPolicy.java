package org.collegium.accounts.service;

import java.nio.charset.StandardCharsets;
import org.collegium.base.service.BusinessRuleException;

/** The one password rule: 10 to 72 bytes (bcrypt reads no further), not only spaces. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final String DESCRIPTION = "at least " + MIN_LENGTH + " characters (and at most 72)";

    private PasswordPolicy() {
    }

    /** The reason a password is not acceptable, or null when it is. */
    public static String problem(String password) {
        if (password == null || password.isBlank()) {
            return "Enter a password.";
        }
        if (password.length() < MIN_LENGTH) {
            return "The password must have " + DESCRIPTION + ".";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            return "The password is too long: use at most 72 characters.";
        }
        return null;
    }

    public static void check(String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new BusinessRuleException(problem);
        }
    }
}
