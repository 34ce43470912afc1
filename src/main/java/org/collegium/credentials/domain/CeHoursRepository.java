package org.collegium.credentials.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CeHoursRepository extends JpaRepository<CeHours, Long> {

    Optional<CeHours> findBySourceAndSourceRef(CeSource source, long sourceRef);

    /** A member's hours earned in [from, to], oldest first. */
    @Query("""
            select h from CeHours h where h.memberId = :member and h.earnedOn between :from and :to
            order by h.earnedOn, h.id""")
    List<CeHours> findEarned(@Param("member") long memberId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Several members' hours earned in [from, to] (a batch of progress refreshes), by member then date. */
    @Query("""
            select h from CeHours h where h.memberId in :members and h.earnedOn between :from and :to
            order by h.memberId, h.earnedOn, h.id""")
    List<CeHours> findEarnedByMembers(@Param("members") java.util.Collection<Long> memberIds,
            @Param("from") LocalDate from, @Param("to") LocalDate to);
}
