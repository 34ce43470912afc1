package org.collegium.externalce.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupervisionLogRepository extends JpaRepository<SupervisionLog, Long> {

    List<SupervisionLog> findByMemberIdOrderByHeldOnDescIdDesc(long memberId, Pageable page);

    long countByMemberId(long memberId);

    /** A member's logged supervision hours on a day, except one log (the one being edited). */
    @Query("""
            select coalesce(sum(s.hours), 0) from SupervisionLog s where s.memberId = :member and s.heldOn = :day
            and s.id <> :except""")
    BigDecimal hoursOn(@Param("member") long memberId, @Param("day") LocalDate day, @Param("except") long except);

    List<SupervisionLog> findByMemberId(long memberId);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update SupervisionLog r set r.memberId = :survivor where r.memberId = :duplicate")
    int moveMember(@Param("duplicate") long duplicate, @Param("survivor") long survivor);
}
