package org.collegium.events.domain;

/**
 * Something with a fixed number of seats: an event, or one session of a conference. The counter is only
 * changed while the row is locked (see {@link EventRepository#lockById} and
 * {@link EventSessionRepository#lockById}), so it never passes the capacity; the database checks that too.
 */
public interface Seats {

    int getCapacity();

    int getSeatsTaken();

    default boolean hasFreeSeat() {
        return getSeatsTaken() < getCapacity();
    }

    void takeSeat();

    void releaseSeat();
}
