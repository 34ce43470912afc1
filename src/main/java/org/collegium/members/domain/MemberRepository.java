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

    /**
     * How many members have the status, belong to the affiliate and have the membership type (each null: any),
     * read from the few rows of member_status_tally (V155, by type since V165; kept by triggers in the same
     * transaction as every change of a member) instead of counting up to every member's index entry: the members
     * grid's count for the list unfiltered or filtered by status, affiliate and type.
     */
    @Query(value = """
            select coalesce(sum(t.members), 0) from member_status_tally t
            where (:affiliate is null or t.affiliate_id = :affiliate) and (:status is null or t.status = :status)
              and (:type is null or t.membership_type_id = :type)""",
            nativeQuery = true)
    long countInTally(@Param("affiliate") Long affiliate, @Param("status") String status, @Param("type") Long type);

    boolean existsByEmailAndIdNot(String email, Long id);

    @EntityGraph(attributePaths = {"terms", "terms.type", "affiliate"})
    @Query("select m from Member m where m.id = :id")
    Optional<Member> findWithTerms(@Param("id") Long id);

    /** Terms pending payment whose pay-by day falls between two days and whose reminder has not gone out. */
    @Query("""
            select t.id from MembershipTerm t where t.settledOn is null and t.payBy between :from and :until
            and t.duesRemindedAt is null order by t.payBy, t.id""")
    List<Long> findTermIdsToRemindOfDues(@Param("from") LocalDate from, @Param("until") LocalDate until);

    /** Claims a term's dues reminder; 0 when another run already did (so it is sent once per term). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update MembershipTerm t set t.duesRemindedAt = :now where t.id = :id and t.duesRemindedAt is null")
    int claimDuesReminder(@Param("id") long id, @Param("now") java.time.Instant now);

    @Query("select t from MembershipTerm t join fetch t.member join fetch t.type where t.id = :id")
    Optional<MembershipTerm> findTermForReminder(@Param("id") long id);

    /** Members whose stored status may be out of date on the day: ids only, processed in batches. */
    @Query("""
            select m.id from Member m
            where (m.status = org.collegium.members.domain.MembershipStatus.ACTIVE and m.currentTermEnd < :day)
               or (m.status = org.collegium.members.domain.MembershipStatus.GRACE)
               or (m.status = org.collegium.members.domain.MembershipStatus.APPLICANT and m.currentTermEnd is not null)
               or (m.closedOn is not null and m.closedOn <= :day and m.status <> m.closedStatus)
               or (m.status = org.collegium.members.domain.MembershipStatus.ACTIVE and exists (
                   select t.id from MembershipTerm t where t.member = m and t.settledOn is null and t.payBy < :day))""")
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
