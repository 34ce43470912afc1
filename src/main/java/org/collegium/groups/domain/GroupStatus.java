package org.collegium.groups.domain;

/** Whether a group meets at the moment: a paused group has no new sessions generated. */
public enum GroupStatus {
    ACTIVE("Active"),
    PAUSED("Paused");

    private final String label;

    GroupStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
