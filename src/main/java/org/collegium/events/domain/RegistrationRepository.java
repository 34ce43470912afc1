package org.collegium.events.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationRepository extends JpaRepository<Registration, Long>, RegistrationInserts {

    @Query("select r.event.id from Registration r where r.id = :id")
    Optional<Long> eventIdOf(@Param("id") long registrationId);

    /** Everyone registered for an event itself (session null) or for one session, in arrival order. */
    @Query("""
            select r from Registration r left join fetch r.member
            where r.event.id = :event and ((:session is null and r.session is null) or r.session.id = :session)
            order by r.id""")
    List<Registration> findRoster(@Param("event") long eventId, @Param("session") Long sessionId);

    /** The first person on the waitlist of an event itself or of a session (first in, first out). */
    @Query("""
            select r from Registration r
            where r.event.id = :event and ((:session is null and r.session is null) or r.session.id = :session)
              and r.status = org.collegium.events.domain.RegistrationStatus.WAITLISTED
            order by r.id limit 1""")
    Optional<Registration> firstWaitlisted(@Param("event") long eventId, @Param("session") Long sessionId);

    /** How many people are ahead of a waitlisted registration (its position is this plus one). */
    @Query("""
            select count(r) from Registration r
            where r.event.id = :event and ((:session is null and r.session is null) or r.session.id = :session)
              and r.status = org.collegium.events.domain.RegistrationStatus.WAITLISTED and r.id < :id""")
    long waitlistedAhead(@Param("event") long eventId, @Param("session") Long sessionId, @Param("id") long id);

    /** A person's registrations for an event and its sessions that are not cancelled. */
    @Query("""
            select r from Registration r left join fetch r.session
            where r.event.id = :event and r.email = :email
              and r.status not in (org.collegium.events.domain.RegistrationStatus.CANCELLED,
                                   org.collegium.events.domain.RegistrationStatus.LAPSED)""")
    List<Registration> findActive(@Param("event") long eventId, @Param("email") String email);

    /** Which of {@code emails} have a registration for the event or its sessions that is not cancelled. */
    @Query("""
            select distinct r.email from Registration r
            where r.event.id = :event and r.email in :emails
              and r.status not in (org.collegium.events.domain.RegistrationStatus.CANCELLED,
                                   org.collegium.events.domain.RegistrationStatus.LAPSED)""")
    List<String> findActiveEmails(@Param("event") long eventId, @Param("emails") Collection<String> emails);

    @Query("""
            select r from Registration r join fetch r.event left join fetch r.session
            where r.member.id = :member order by r.event.startsAt desc, r.id""")
    List<Registration> findByMember(@Param("member") long memberId);

    @Query("""
            select r from Registration r left join fetch r.session
            where r.event.id = :event and r.status in :statuses order by r.id""")
    List<Registration> findByEventAndStatusIn(@Param("event") long eventId,
            @Param("statuses") Collection<RegistrationStatus> statuses);

    @Query("""
            select r from Registration r join fetch r.event left join fetch r.session
            where r.event.id = :event and r.email = :email and r.session is not null
              and r.status not in (org.collegium.events.domain.RegistrationStatus.CANCELLED,
                                   org.collegium.events.domain.RegistrationStatus.LAPSED)""")
    List<Registration> findActiveSessions(@Param("event") long eventId, @Param("email") String email);

    /** The registration an emailed link's token belongs to (only the token's SHA-256 is stored). */
    @Query("select r from Registration r join fetch r.event where r.holdTokenHash = :hash")
    Optional<Registration> findByHoldTokenHash(@Param("hash") String tokenHash);

    /** The event of a link's registration, read before its row is locked (nothing of the event itself is read). */
    @Query("select r.event.id from Registration r where r.holdTokenHash = :hash")
    Optional<Long> eventIdOfHoldToken(@Param("hash") String tokenHash);

    /** An event's holds whose time has come (they are free from that moment), in arrival order. */
    @Query("""
            select r from Registration r left join fetch r.session
            where r.event.id = :event and r.holdUntil <= :now
              and r.status in (org.collegium.events.domain.RegistrationStatus.PENDING,
                               org.collegium.events.domain.RegistrationStatus.PENDING_WAITLIST,
                               org.collegium.events.domain.RegistrationStatus.OFFERED)
            order by r.id""")
    List<Registration> findLapsedHolds(@Param("event") long eventId, @Param("now") java.time.Instant now);

    /** An event's open offers whose reminder is due and not yet sent. */
    @Query("""
            select r from Registration r left join fetch r.session
            where r.event.id = :event and r.holdReminded = false and r.holdRemindAt <= :now
              and r.status = org.collegium.events.domain.RegistrationStatus.OFFERED
            order by r.id""")
    List<Registration> findDueOfferReminders(@Param("event") long eventId, @Param("now") java.time.Instant now);

    /** The events that have a hold to lapse or an offer reminder to send (the sweeping job's work list). */
    @Query("""
            select distinct r.event.id from Registration r
            where (r.holdUntil <= :now and r.status in (org.collegium.events.domain.RegistrationStatus.PENDING,
                       org.collegium.events.domain.RegistrationStatus.PENDING_WAITLIST,
                       org.collegium.events.domain.RegistrationStatus.OFFERED))
               or (r.status = org.collegium.events.domain.RegistrationStatus.OFFERED and r.holdReminded = false
                   and r.holdRemindAt <= :now)""")
    List<Long> findEventsWithDueHolds(@Param("now") java.time.Instant now);

    /** The member's attendances at an event or its sessions (issue 16: who may evaluate it). */
    @Query("""
            select count(r) from Registration r where r.event.id = :event and r.member.id = :member
              and r.status = org.collegium.events.domain.RegistrationStatus.ATTENDED""")
    long countAttended(@Param("event") long eventId, @Param("member") long memberId);

    /** Events the member attended (or a session of) that ended before {@code now}, not cancelled, latest first. */
    @Query("""
            select distinct e from Registration r join r.event e where r.member.id = :member
              and r.status = org.collegium.events.domain.RegistrationStatus.ATTENDED and e.endsAt <= :now
              and e.status <> org.collegium.events.domain.EventStatus.CANCELLED
            order by e.endsAt desc, e.id desc""")
    List<Event> findAttendedEventsEnded(@Param("member") long memberId, @Param("now") java.time.Instant now,
            org.springframework.data.domain.Pageable page);
}
