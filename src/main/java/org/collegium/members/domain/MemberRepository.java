package org.collegium.members.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member>, MemberPages,
        MemberInserts {

    Optional<Member> findByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    @EntityGraph(attributePaths = {"terms", "terms.type", "affiliate"})
    @Query("select m from Member m where m.id = :id")
    Optional<Member> findWithTerms(@Param("id") Long id);

    /** Members whose stored status may be out of date on the day: ids only, processed in batches. */
    @Query("""
            select m.id from Member m
            where (m.status = org.collegium.members.domain.MembershipStatus.ACTIVE and m.currentTermEnd < :day)
               or (m.status = org.collegium.members.domain.MembershipStatus.GRACE)
               or (m.status = org.collegium.members.domain.MembershipStatus.APPLICANT and m.currentTermEnd is not null)
               or (m.closedOn is not null and m.closedOn <= :day and m.status <> m.closedStatus)""")
    List<Long> findIdsToRecompute(@Param("day") LocalDate day);

    /** Claims a renewal reminder; 0 when it was claimed before (by this or another instance): never sent twice. */
    @Modifying
    @Query(value = """
            insert ignore into renewal_reminder (member_id, term_end, kind, sent_at)
            values (:member, :termEnd, :kind, :now)""", nativeQuery = true)
    int claimReminder(@Param("member") long member, @Param("termEnd") LocalDate termEnd, @Param("kind") String kind,
            @Param("now") Instant now);

    /** Current members whose latest term ends on the day. */
    @Query("""
            select m.id from Member m
            where m.currentTermEnd = :termEnd
              and m.status in (org.collegium.members.domain.MembershipStatus.ACTIVE,
                               org.collegium.members.domain.MembershipStatus.GRACE)""")
    List<Long> findIdsWithTermEndingOn(@Param("termEnd") LocalDate termEnd);

    /** Lapsed (not resigned or closed by the board) members whose latest term ended in the window. */
    @Query("""
            select m.id from Member m
            where m.status = org.collegium.members.domain.MembershipStatus.LAPSED
              and m.closedStatus is null
              and m.currentTermEnd between :from and :to""")
    List<Long> findLapsedIdsWithTermEndBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
