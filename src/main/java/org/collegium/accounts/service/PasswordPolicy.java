package org.collegium.accounts.service;

import org.collegium.base.i18n.Messages;
import java.nio.charset.StandardCharsets;
import org.collegium.base.service.BusinessRuleException;

/** The one password rule: 10 to 72 bytes (bcrypt reads no further), not only spaces. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** The key of the rule in words: "at least 10 characters (and at most 72)"; see {@link #description()}. */
    public static final String DESCRIPTION = "accounts.password.rule";

    private PasswordPolicy() {
    }

    /** The rule in the current person's words, e.g. "at least 10 characters (and at most 72)". */
    public static String description() {
        return Messages.t(DESCRIPTION, String.valueOf(MIN_LENGTH));
    }

    /** The reason a password is not acceptable, or null when it is. */
    public static String problem(String password) {
        if (password == null || password.isBlank()) {
            return Messages.t("accounts.password.enter");
        }
        if (password.length() < MIN_LENGTH) {
            return Messages.t("accounts.password.too-short", description());
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            return Messages.t("accounts.password.too-long");
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
