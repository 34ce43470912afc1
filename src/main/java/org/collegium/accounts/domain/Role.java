package org.collegium.accounts.domain;

import org.collegium.base.domain.Access;

/** What a person may do in the portal; see the roles matrix in docs/design.md. Names come from {@link Access}. */
public enum Role {
    ADMIN(Access.ADMIN, "Administrator"),
    BOARD(Access.BOARD, "Board"),
    OFFICER(Access.OFFICER, "Officer"),
    AFFILIATE_ADMIN(Access.AFFILIATE_ADMIN, "Affiliate administrator"),
    FACILITATOR(Access.FACILITATOR, "Facilitator"),
    MEMBER(Access.MEMBER, "Member");

    private final String label;

    Role(String name, String label) {
        if (!name.equals(name())) {
            throw new IllegalStateException(name() + " must be spelled as in Access: " + name);
        }
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. ROLE_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }
}
