package org.collegium.events.service;

import java.time.Clock;
import java.util.Optional;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.domain.Seats;
import org.collegium.events.service.EventMails.Letterhead;
import org.springframework.stereotype.Component;

/**
 * Gives out seats and runs the waitlist. Every method expects the event's row (and the session's, for a
 * session) to be locked by the caller's transaction, so exactly one registration at a time reads and changes
 * the seat counter: the capacity is never passed, and the waitlist is in arrival (id) order.
 *
 * <p>Callers run READ COMMITTED: under MariaDB's default REPEATABLE READ, a transaction that read anything
 * before taking the lock would go on reading that earlier snapshot (waitlist counts, duplicates) after it.
 */
@Component
class Seating {

    private final RegistrationRepository registrations;
    private final EventMails mails;
    private final Clock clock;

    Seating(RegistrationRepository registrations, EventMails mails, Clock clock) {
        this.registrations = registrations;
        this.mails = mails;
        this.clock = clock;
    }

    /** Confirms a new registration when a seat is free, else waitlists it; returns its waitlist position or 0. */
    long place(Registration r, Letterhead letterhead) {
        Seats seats = r.seats();
        if (seats.hasFreeSeat()) {
            seats.takeSeat();
            r.changeStatus(RegistrationStatus.CONFIRMED, clock.instant());
        } else {
            r.changeStatus(RegistrationStatus.WAITLISTED, clock.instant());
        }
        registrations.save(r);
        long position = r.getStatus() == RegistrationStatus.WAITLISTED ? positionOf(r) : 0;
        mails.registered(r, position, letterhead);
        return position;
    }

    long positionOf(Registration r) {
        return registrations.waitlistedAhead(r.getEvent().getId(), sessionId(r), r.getId()) + 1;
    }

    /** Cancels a registration; a seat it held goes to the first person on the waitlist, who is emailed. */
    void cancel(Registration r, boolean byOrganiser, Letterhead letterhead) {
        boolean held = r.getStatus().holdsSeat();
        if (byOrganiser) {
            r.cancelByOrganiser(clock.instant());
        } else {
            r.changeStatus(RegistrationStatus.CANCELLED, clock.instant());
        }
        if (held) {
            r.seats().releaseSeat();
            promoteFirst(r, letterhead);
        }
    }

    private void promoteFirst(Registration freed, Letterhead letterhead) {
        registrations.flush();
        Optional<Registration> next = registrations.firstWaitlisted(freed.getEvent().getId(), sessionId(freed));
        next.ifPresent(n -> {
            n.seats().takeSeat();
            n.changeStatus(RegistrationStatus.CONFIRMED, clock.instant());
            mails.promoted(n, letterhead);
        });
    }

    private static Long sessionId(Registration r) {
        return r.getSession() == null ? null : r.getSession().getId();
    }
}
