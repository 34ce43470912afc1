package org.collegium.groups.domain;

/** How an attendance came to be recorded. */
public enum AttendanceSource {
    PORTAL("Joined through the portal"),
    FACILITATOR("Recorded by the facilitator");

    private final String label;

    AttendanceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
