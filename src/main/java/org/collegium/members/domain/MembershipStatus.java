package org.collegium.members.domain;

/** Where a member stands, derived from their terms and today's date by {@link MembershipStatusRule}. */
public enum MembershipStatus {
    APPLICANT("Applicant"),
    ACTIVE("Active"),
    GRACE("Grace period"),
    LAPSED("Lapsed"),
    RESIGNED("Resigned");

    private final String label;

    MembershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
