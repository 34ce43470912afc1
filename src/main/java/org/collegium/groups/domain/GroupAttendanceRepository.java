package org.collegium.groups.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupAttendanceRepository extends JpaRepository<GroupAttendance, Long> {

    boolean existsBySessionIdAndMemberId(long sessionId, long memberId);

    Optional<GroupAttendance> findBySessionIdAndMemberId(long sessionId, long memberId);

    @Query("select a from GroupAttendance a join fetch a.member m where a.session.id = :sessionId order by m.lastName")
    List<GroupAttendance> findBySession(long sessionId);

    /** How many attended each of these sessions, in one query: [session id, count] (absent: none). */
    @Query("select a.session.id, count(a) from GroupAttendance a where a.session.id in :sessionIds group by a.session.id")
    List<Object[]> countBySessions(java.util.Collection<Long> sessionIds);

    /** Sessions a member attended that were not cancelled: their group-experience time. */
    @Query("""
            select a from GroupAttendance a join fetch a.session s join fetch s.group
            where a.member.id = :memberId and s.status <> org.collegium.groups.domain.SessionStatus.CANCELLED
            order by s.startsAt desc""")
    List<GroupAttendance> findAttendedBy(long memberId);
}
