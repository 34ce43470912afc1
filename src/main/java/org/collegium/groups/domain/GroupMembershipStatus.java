package org.collegium.groups.domain;

/** A member's place on a group's roster. */
public enum GroupMembershipStatus {
    REQUESTED("Asked to join"),
    ACTIVE("On the roster"),
    LEFT("Left"),
    DECLINED("Declined");

    private final String label;

    GroupMembershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
