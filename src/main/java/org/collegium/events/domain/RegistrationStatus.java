package org.collegium.events.domain;

/**
 * Where a registration stands. Confirmed, attended and no-show are a place; a guest's registration waiting for
 * its emailed link (pending) and a freed seat offered to a waitlisted person (offered) hold a seat for a limited
 * time (see {@link Registration#getHoldUntil()}); lapsed is a hold that ran out.
 */
public enum RegistrationStatus {
    CONFIRMED("Confirmed"), WAITLISTED("Waitlisted"), CANCELLED("Cancelled"), ATTENDED("Attended"), NO_SHOW("No-show"),
    PENDING("Awaiting email confirmation"), PENDING_WAITLIST("Awaiting email confirmation (waitlist)"),
    OFFERED("Seat offered"), LAPSED("Lapsed");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    /** The English label (exports, logs); people read {@link #key()} translated: {@code Messages.t(x.key())}. */
    public String label() {
        return label;
    }

    /** The bundle key of the label people read, in the events bundle. */
    public String key() {
        return "events.registration-status." + name();
    }

    /** A confirmed place (what check-in, CE and the calendar deal with). */
    public boolean isPlace() {
        return this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }

    /** Whether a registration in this status occupies one of the event's or session's seats (a held one too). */
    public boolean holdsSeat() {
        return isPlace() || this == PENDING || this == OFFERED;
    }

    /** A hold that lapses at its time unless confirmed or claimed. */
    public boolean isHold() {
        return this == PENDING || this == PENDING_WAITLIST || this == OFFERED;
    }

    /** Whether the person is still expected (not cancelled, not lapsed). */
    public boolean isActive() {
        return this != CANCELLED && this != LAPSED;
    }
}
