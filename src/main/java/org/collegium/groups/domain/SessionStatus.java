package org.collegium.groups.domain;

/** One week's meeting: scheduled, cancelled (with a reason) or held (attendance taken). */
public enum SessionStatus {
    SCHEDULED("Scheduled"),
    CANCELLED("Cancelled"),
    HELD("Held");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
