package org.collegium.events.service;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventSessionRepository;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationInserts;
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
 * <p>A held seat (a guest's registration waiting for its emailed link, a freed seat offered to a waitlisted
 * person) is counted as taken until it is confirmed, claimed or lapses. A hold whose time has passed is free at
 * once: whoever locks the event next lapses it first ({@link #lapseDue}), so no decision waits for the job.
 *
 * <p>A new registration locks the event's row with {@link #lock}, having read the event before (unlocked), and
 * takes the event's seat with an atomic update; every other change locks the row first ({@code lockById}).
 *
 * <p>Callers run READ COMMITTED: under MariaDB's default REPEATABLE READ, a transaction that read anything
 * before taking the lock would go on reading that earlier snapshot (waitlist counts, duplicates) after it.
 */
@Component
class Seating {

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final EntityManager entities;
    private final EventSessionRepository sessions;
    private final EventMails mails;
    private final HoldLinks links;
    private final Clock clock;

    Seating(RegistrationRepository registrations, EventRepository events, EntityManager entities,
            EventSessionRepository sessions, EventMails mails, HoldLinks links, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.entities = entities;
        this.sessions = sessions;
        this.mails = mails;
        this.links = links;
        this.clock = clock;
    }

    /**
     * What {@link #lock} found under the event's lock: whether the event's entity was read again (it had changed
     * since it was read unlocked, or a hold was due and lapsed), and the address's active registrations for the
     * event and its sessions (none, without a query, when the counter read says so).
     */
    record Locked(boolean refreshed, List<Registration> active) {

        boolean registered() {
            return !active.isEmpty();
        }
    }

    /**
     * The short locked part every new registration (a member's, a guest's) begins with. {@code event} was read
     * unlocked before, so that everything not depending on the seat counter could be made ready outside the lock;
     * one round trip then locks its row and reads, with its version, whether {@code email} has an active
     * registration for it and whether a hold of it is due ({@link EventRepository#lockSeats}). When the event
     * changed since it was read (its version differs), a hold is due or the address is registered already, the
     * entity is refreshed under the lock and the due holds lapse first (their seats go on), so the caller then reads
     * and changes current rows; it must check again what it checked on the unlocked read (see
     * {@link Locked#refreshed}). Empty when the event is gone.
     *
     * <p>A new registration's seat of the event is then taken by one atomic update ({@link #takeSeat}), not through
     * the entity, which stays as read: nothing else of a registration changes the event's entity after it.
     */
    Optional<Locked> lock(Event event, String email, Letterhead letterhead) {
        EventRepository.LockedSeats seats = events.lockSeats(event.getId(), email, clock.instant()).orElse(null);
        if (seats == null) {
            return Optional.empty();
        }
        if (seats.getVersion() == event.getVersion() && seats.getDue() == 0 && seats.getActive() == 0) {
            return Optional.of(new Locked(false, List.of()));
        }
        entities.refresh(event); // read unlocked: the counter (and perhaps more) is older than the lock
        if (seats.getDue() > 0) {
            lapseDue(event, letterhead);
        }
        return Optional.of(new Locked(true, seats.getActive() == 0 ? List.of()
                : registrations.findActive(event.getId(), email)));
    }

    /**
     * Takes a seat for a new registration when one is free: a session's through its entity (locked and read by the
     * caller), the event's by one atomic update that the database's check and its {@code seats_taken < capacity}
     * keep within the capacity. The update leaves the event's version alone: a seat taken is no edit of the event
     * (an organiser's open editor is not made stale by it, nor the next registration's unlocked read).
     */
    private boolean takeSeat(Registration r) {
        if (r.getSession() != null) {
            if (!r.getSession().hasFreeSeat()) {
                return false;
            }
            r.getSession().takeSeat();
            return true;
        }
        entities.flush(); // the event's entity, when lapsed holds changed it, is written before the update
        return events.takeSeats(r.getEvent().getId(), 1) == 1;
    }

    /** Confirms a new registration when a seat is free, else waitlists it; returns its waitlist position or 0. */
    long place(Registration r, Letterhead letterhead) {
        r.changeStatus(takeSeat(r) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, clock.instant());
        registrations.save(r);
        long position = r.getStatus() == RegistrationStatus.WAITLISTED ? positionOf(r) : 0;
        mails.registered(r, position, letterhead);
        return position;
    }

    /**
     * A guest's new registration waits for its emailed link until {@code until}: holding a seat when one is free
     * (pending), else waiting to join the waitlist once confirmed. The caller emails the link.
     */
    void holdForGuest(Registration r, Instant until, String tokenHash) {
        holdForGuest(r, takeSeat(r), until, tokenHash);
    }

    /** A guest's new registration of a batch, whether a seat was taken for it, its hold, and who registered. */
    record BatchGuest(Registration registration, boolean seated, Instant until, String tokenHash, String by) {
    }

    /**
     * A batch's new registrations, with a seat of the event taken for each or none ({@link #takeSeats}): each holds
     * its seat (pending), or waits to join the waitlist once confirmed, as {@link #holdForGuest} decides for one
     * alone. Written in one round trip, in the batch's order (the ids are the arrival order).
     */
    void holdForGuests(List<BatchGuest> guests) {
        Instant now = clock.instant();
        List<RegistrationInserts.NewRegistration> rows = new ArrayList<>(guests.size());
        for (BatchGuest guest : guests) {
            hold(guest.registration(), guest.seated(), guest.until(), guest.tokenHash(), now);
            rows.add(new RegistrationInserts.NewRegistration(guest.registration(), guest.by()));
        }
        registrations.insertAll(rows, now);
    }

    private void holdForGuest(Registration r, boolean seated, Instant until, String tokenHash) {
        hold(r, seated, until, tokenHash, clock.instant());
        registrations.save(r);
    }

    private static void hold(Registration r, boolean seated, Instant until, String tokenHash, Instant now) {
        r.hold(seated ? RegistrationStatus.PENDING : RegistrationStatus.PENDING_WAITLIST, until, null, tokenHash, now);
    }

    /**
     * Takes, in one update, as many of the event's seats as {@code wanted} and the seats free allow, for a batch of
     * new registrations of the event (not of its sessions). The caller has locked the event's row and read its
     * counter under that lock ({@code seats}); returns how many were taken, which go to the batch's first
     * registrations in their order of arrival.
     */
    int takeSeats(long eventId, EventRepository.LockedSeats seats, int wanted) {
        int taken = Math.max(0, Math.min(wanted, seats.getCapacity() - seats.getTaken()));
        if (taken > 0 && events.takeSeats(eventId, taken) != 1) {
            throw new IllegalStateException("The locked event " + eventId + " had not " + taken + " seats free");
        }
        return taken;
    }

    /**
     * A pending registration confirmed by its link (or by its owner signing in): the held seat becomes theirs;
     * one that waited for the waitlist gets a seat if one is free now, else joins the waitlist. Emailed as a new
     * registration; returns its waitlist position or 0.
     */
    long confirmPending(Registration r, Letterhead letterhead) {
        Instant now = clock.instant();
        if (r.getStatus() == RegistrationStatus.PENDING) {
            r.changeStatus(RegistrationStatus.CONFIRMED, now);
        } else if (r.seats().hasFreeSeat()) {
            r.seats().takeSeat();
            r.changeStatus(RegistrationStatus.CONFIRMED, now);
        } else {
            r.changeStatus(RegistrationStatus.WAITLISTED, now);
        }
        r.hold(r.getStatus(), null, null, null, now); // the link is spent
        registrations.flush();
        long position = r.getStatus() == RegistrationStatus.WAITLISTED ? positionOf(r) : 0;
        mails.registered(r, position, letterhead);
        return position;
    }

    /** An open offer claimed by its person: the held seat is theirs, confirmed. */
    void claim(Registration r, Letterhead letterhead) {
        Instant now = clock.instant();
        r.hold(RegistrationStatus.CONFIRMED, null, null, null, now);
        mails.promoted(r, letterhead);
    }

    long positionOf(Registration r) {
        return registrations.waitlistedAhead(r.getEvent().getId(), sessionId(r), r.getId()) + 1;
    }

    /** Cancels a registration; a seat it held goes on by the event's rule (see {@link #giveOn}). */
    void cancel(Registration r, boolean byOrganiser, Letterhead letterhead) {
        boolean held = r.getStatus().holdsSeat();
        if (byOrganiser) {
            r.cancelByOrganiser(clock.instant());
        } else {
            r.changeStatus(RegistrationStatus.CANCELLED, clock.instant());
        }
        if (held) {
            r.seats().releaseSeat();
            giveOn(r, letterhead);
        }
    }

    /**
     * Lapses every hold of the event (locked by the caller) whose time has come: an unconfirmed guest's place is
     * released silently (they only ever got the link); a person whose offer lapsed is told they have left the
     * waitlist. Each freed seat goes on. Returns how many lapsed.
     */
    int lapseDue(Event event, Letterhead letterhead) {
        List<Registration> due = registrations.findLapsedHolds(event.getId(), clock.instant());
        for (Registration r : due) {
            if (r.getSession() != null) {
                sessions.lockById(r.getSession().getId()); // its counter changes: every path locks the event first
            }
            boolean held = r.getStatus().holdsSeat();
            boolean offer = r.getStatus() == RegistrationStatus.OFFERED;
            r.changeStatus(RegistrationStatus.LAPSED, clock.instant());
            if (offer) {
                mails.offerLapsed(r, letterhead);
            }
            if (held) {
                r.seats().releaseSeat();
                giveOn(r, letterhead);
            }
        }
        return due.size();
    }

    /**
     * Reminds once, at half its time, everyone whose offer is still open; the reminder carries a new link (only
     * hashes are kept), which replaces the first one. Returns how many were reminded.
     */
    int remindDue(Event event, Letterhead letterhead) {
        List<Registration> due = registrations.findDueOfferReminders(event.getId(), clock.instant());
        for (Registration r : due) {
            HoldLinks.Token token = HoldLinks.newToken();
            r.hold(RegistrationStatus.OFFERED, r.getHoldUntil(), r.getHoldRemindAt(), token.hash(), clock.instant());
            r.markReminded();
            mails.offerReminder(r, links.claimLink(token.token()), letterhead);
        }
        return due.size();
    }

    /**
     * A freed seat goes to the first person on the waitlist: at once (the default), or offered to them for the
     * event's offer hours, never past the start (an offer open at the start lapses then). A seat freed once the
     * event or session has started is not offered: it stays free.
     */
    private void giveOn(Registration freed, Letterhead letterhead) {
        registrations.flush();
        Optional<Registration> next = registrations.firstWaitlisted(freed.getEvent().getId(), sessionId(freed));
        next.ifPresent(n -> {
            Integer hours = n.getEvent().getOfferHours();
            if (hours == null) {
                n.seats().takeSeat();
                n.changeStatus(RegistrationStatus.CONFIRMED, clock.instant());
                mails.promoted(n, letterhead);
            } else {
                offer(n, Duration.ofHours(hours), letterhead);
            }
        });
    }

    private void offer(Registration r, Duration lasting, Letterhead letterhead) {
        Instant now = clock.instant();
        Instant until = now.plus(lasting);
        if (until.isAfter(r.startsAt())) {
            until = r.startsAt();
        }
        if (!until.isAfter(now)) {
            return;
        }
        Instant remindAt = now.plus(Duration.between(now, until).dividedBy(2));
        HoldLinks.Token token = HoldLinks.newToken();
        r.seats().takeSeat();
        r.hold(RegistrationStatus.OFFERED, until, remindAt, token.hash(), now);
        mails.offered(r, links.claimLink(token.token()), letterhead);
    }

    private static Long sessionId(Registration r) {
        return r.getSession() == null ? null : r.getSession().getId();
    }
}
