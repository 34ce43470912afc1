package org.collegium.notifications.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m.id from OutboxMessage m
            where m.status = org.collegium.notifications.domain.OutboxStatus.PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id""")
    List<Long> findDueIds(@Param("now") Instant now, Pageable pageable);

    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status)
              and (:search = '' or lower(m.recipient) like concat('%', :search, '%') escape '!'
                   or lower(m.subject) like concat('%', :search, '%') escape '!')
            order by m.id desc""")
    List<OutboxMessage> search(@Param("status") OutboxStatus status, @Param("search") String search,
            Pageable pageable);

    @Query("""
            select count(m) from OutboxMessage m
            where (:status is null or m.status = :status)
              and (:search = '' or lower(m.recipient) like concat('%', :search, '%') escape '!'
                   or lower(m.subject) like concat('%', :search, '%') escape '!')""")
    long countSearch(@Param("status") OutboxStatus status, @Param("search") String search);

    long countByStatus(OutboxStatus status);

    long countByStatusAndAttemptsGreaterThan(OutboxStatus status, int attempts);

    List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);
}
