package org.collegium.groups.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {

    boolean existsByGroupIdAndSessionDateAndExtraFalse(long groupId, LocalDate date);

    boolean existsByGroupIdAndStartsAt(long groupId, Instant startsAt);

    @Query("""
            select s from GroupSession s where s.group.id = :groupId and s.endsAt > :from and s.startsAt < :to
            order by s.startsAt""")
    List<GroupSession> findForGroup(long groupId, Instant from, Instant to);

    @Query("""
            select s from GroupSession s join fetch s.group g where g.id in :groupIds
            and s.endsAt > :from and s.startsAt < :to order by s.startsAt""")
    List<GroupSession> findForGroups(Collection<Long> groupIds, Instant from, Instant to);

    /** Generated sessions a changed schedule replaces: still ahead, untouched (no link, nobody attended). */
    @Modifying
    @Query("""
            delete from GroupSession s where s.group.id = :groupId and s.extra = false and s.startsAt > :after
            and s.status = org.collegium.groups.domain.SessionStatus.SCHEDULED and s.meetingLink is null
            and not exists (select a from GroupAttendance a where a.session = s)""")
    int deleteUntouchedGeneratedAfter(long groupId, Instant after);

    /** Sessions whose invitation is due: scheduled, with a link, starting within the lead time and not yet begun. */
    @Query("""
            select s.id from GroupSession s where s.status = org.collegium.groups.domain.SessionStatus.SCHEDULED
            and s.meetingLink is not null and s.invitationSentAt is null and s.startsAt > :now
            and s.startsAt <= :until""")
    List<Long> findInvitationsDue(Instant now, Instant until);

    /** Sessions of a group whose invitation went out and that have not ended, soonest first. */
    @Query("""
            select s from GroupSession s where s.group.id = :groupId
            and s.status = org.collegium.groups.domain.SessionStatus.SCHEDULED and s.invitationSentAt is not null
            and s.meetingLink is not null and s.endsAt > :now order by s.startsAt""")
    List<GroupSession> findAnnouncedNotEnded(long groupId, Instant now);

    /** Claims one invitation; 0 when another run already did (so it is sent once). */
    @Modifying
    @Query("update GroupSession s set s.invitationSentAt = :now where s.id = :id and s.invitationSentAt is null")
    int claimInvitation(long id, Instant now);

    /** The session start of the sessions that already ended and are still SCHEDULED (to be marked held). */
    @Modifying
    @Query("""
            update GroupSession s set s.status = org.collegium.groups.domain.SessionStatus.HELD
            where s.status = org.collegium.groups.domain.SessionStatus.SCHEDULED and s.endsAt <= :now""")
    int markEndedAsHeld(Instant now);
}
