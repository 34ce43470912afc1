package org.collegium.events.domain;

/** Where a registration stands. Confirmed, attended and no-show hold a seat. */
public enum RegistrationStatus {
    CONFIRMED("Confirmed"), WAITLISTED("Waitlisted"), CANCELLED("Cancelled"), ATTENDED("Attended"), NO_SHOW("No-show");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a registration in this status occupies one of the event's or session's seats. */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }

    /** Whether the person is still expected (not cancelled). */
    public boolean isActive() {
        return this != CANCELLED;
    }
}
