package org.collegium.accounts.domain;

/** What a person may do in the portal; see the roles matrix in DESIGN.md. */
public enum Role {
    ADMIN("Administrator"),
    BOARD("Board"),
    OFFICER("Officer"),
    AFFILIATE_ADMIN("Affiliate administrator"),
    FACILITATOR("Facilitator"),
    MEMBER("Member");

    private final String label;

    Role(String label) {
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
