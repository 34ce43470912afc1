package org.collegium.accounts.domain;

import org.collegium.base.domain.Access;

/** What a person may do in the portal; see the roles matrix in docs/design.md. Names come from {@link Access}. */
public enum Role {
    ADMIN(Access.ADMIN),
    BOARD(Access.BOARD),
    OFFICER(Access.OFFICER),
    AFFILIATE_ADMIN(Access.AFFILIATE_ADMIN),
    FACILITATOR(Access.FACILITATOR),
    MEMBER(Access.MEMBER);

    Role(String name) {
        if (!name.equals(name())) {
            throw new IllegalStateException(name() + " must be spelled as in Access: " + name);
        }
    }

    /**
     * The key of the role's name in the bundle ({@code accounts.role.ADMIN} reads "Administrator", "Administrador"):
     * what people read is {@code Messages.t(role.labelKey())} (a domain class does not reach the services' Messages).
     */
    public String labelKey() {
        return "accounts.role." + name();
    }

    /** The role's name in English, for logs (people read {@link #labelKey()} in their language). */
    public String label() {
        return switch (this) {
            case ADMIN -> "Administrator";
            case BOARD -> "Board";
            case OFFICER -> "Officer";
            case AFFILIATE_ADMIN -> "Affiliate administrator";
            case FACILITATOR -> "Facilitator";
            case MEMBER -> "Member";
        };
    }

    /** The Spring Security authority, e.g. ROLE_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }
}
