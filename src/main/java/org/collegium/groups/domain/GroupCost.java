package org.collegium.groups.domain;

/** What a group costs its members. */
public enum GroupCost {
    FREE("Free"),
    FEE("Fee"),
    SLIDING_SCALE("Sliding scale");

    private final String label;

    GroupCost(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
