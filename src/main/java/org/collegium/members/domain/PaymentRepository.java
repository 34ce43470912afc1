package org.collegium.members.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    /** A member's payments, newest first, with the terms they were made against. */
    @EntityGraph(attributePaths = {"term", "term.type"})
    List<Payment> findByMemberIdOrderByPaidOnDescIdDesc(Long memberId);

    /** Everything paid towards one term so far. */
    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.term.id = :termId")
    java.math.BigDecimal sumForTerm(@Param("termId") Long termId);

    /** One payment with everything its receipt prints. */
    @EntityGraph(attributePaths = {"member", "member.affiliate", "term", "term.type"})
    @Query("select p from Payment p where p.id = :id")
    Optional<Payment> findForReceipt(@Param("id") Long id);
}
