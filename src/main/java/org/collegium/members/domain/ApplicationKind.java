package org.collegium.members.domain;

/** A newcomer's request to join, or a member's request to renew. */
public enum ApplicationKind {
    JOIN("Join"),
    RENEWAL("Renewal");

    private final String label;

    ApplicationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
