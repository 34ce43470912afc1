package org.collegium.externalce.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExternalCeRepository extends JpaRepository<ExternalCe, Long> {

    /** A member's records, newest first, a page at a time. */
    List<ExternalCe> findByMemberIdOrderByEarnedOnDescIdDesc(long memberId, Pageable page);

    long countByMemberId(long memberId);

    /** The board's queue: records in this state, oldest first. */
    List<ExternalCe> findByStatusOrderByCreatedAtAscIdAsc(ExternalCeStatus status, Pageable page);

    long countByStatus(ExternalCeStatus status);

    /** A member's hours on a day that may still count (not declined), except one record (the one being edited). */
    @Query("""
            select coalesce(sum(e.hours), 0) from ExternalCe e where e.memberId = :member and e.earnedOn = :day
            and e.status <> org.collegium.externalce.domain.ExternalCeStatus.DECLINED and e.id <> :except""")
    BigDecimal hoursOn(@Param("member") long memberId, @Param("day") LocalDate day, @Param("except") long except);

    List<ExternalCe> findByMemberId(long memberId);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update ExternalCe r set r.memberId = :survivor where r.memberId = :duplicate")
    int moveMember(@Param("duplicate") long duplicate, @Param("survivor") long survivor);
}
