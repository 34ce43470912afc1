package org.collegium.events.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    /**
     * The event with its row locked (SELECT ... FOR UPDATE) until the transaction ends: seats are counted and
     * given out one registration at a time, so concurrent registrations can never overbook.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(@Param("id") long id);

    /**
     * The seat counter of an event, its row locked (SELECT ... FOR UPDATE) until the transaction ends, read in the
     * same round trip as whether {@code email} already has an active registration for it and whether any of its
     * holds is due at {@code now}: the short locked part of a new registration (see Seating#lock), or of a batch of guests' (then with the
     * first guest's address; see RegistrationService#registerGuest).
     */
    @Query(value = """
            select e.seats_taken as taken, e.capacity as capacity, e.version as version,
              (select count(*) from registration r where r.email = :email and r.event_id = e.id
                 and r.status not in ('CANCELLED', 'LAPSED')) as active,
              (select count(*) from registration r where r.event_id = e.id and r.hold_until <= :now
                 and r.status in ('PENDING', 'PENDING_WAITLIST', 'OFFERED')) as due
            from event e where e.id = :id for update""", nativeQuery = true)
    Optional<LockedSeats> lockSeats(@Param("id") long id, @Param("email") String email,
            @Param("now") java.time.Instant now);

    /** What {@link #lockSeats} reads. */
    interface LockedSeats {
        int getTaken();

        int getCapacity();

        long getVersion();

        long getActive();

        long getDue();
    }

    /**
     * Takes {@code seats} seats of an event whose row the caller has locked ({@link #lockSeats}) and found them free
     * in: one for a new registration, or a batch's at once. The database's check keeps the counter within the
     * capacity all the same. Leaves the version alone: a seat taken is no edit of the event (an organiser's open
     * editor is not made stale by it). Returns 1 when they were taken, 0 when not so many were free.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "update event set seats_taken = seats_taken + :seats where id = :id and seats_taken + :seats <= capacity",
            nativeQuery = true)
    int takeSeats(@Param("id") long id, @Param("seats") int seats);

    @Query("select e from Event e left join fetch e.host where e.id = :id")
    Optional<Event> findWithHost(@Param("id") long id);

    /** Published events that have not ended, soonest first (the public page). */
    @Query("""
            select e from Event e left join fetch e.host
            where e.status = org.collegium.events.domain.EventStatus.PUBLISHED and e.endsAt > :now
            order by e.startsAt, e.id""")
    List<Event> findPublishedEndingAfter(@Param("now") java.time.Instant now,
            org.springframework.data.domain.Pageable page);
}
