package org.collegium.notifications.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long>, OutboxInserts {

    @Query("""
            select m.id from OutboxMessage m
            where m.status = org.collegium.notifications.domain.OutboxStatus.PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id""")
    List<Long> findDueIds(@Param("now") Instant now, Pageable pageable);

    /**
     * The due messages' ids, locked for the caller's transaction; rows another transaction holds are skipped, not
     * waited for (two instances claiming at once take different messages).
     */
    @Query(value = """
            select id from outbox_message
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<Long> lockDueIds(@Param("now") Instant now, @Param("limit") int limit);

    /** Claims pending messages for a delivery until {@code until}: nobody else finds them due before. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.nextAttemptAt = :until, m.version = m.version + 1
            where m.id in :ids and m.status = org.collegium.notifications.domain.OutboxStatus.PENDING""")
    int claim(@Param("ids") List<Long> ids, @Param("until") Instant until);

    /** Of these messages, the ones still pending, locked until the caller's transaction ends. */
    @Query(value = "select id from outbox_message where id in (:ids) and status = 'PENDING' for update",
            nativeQuery = true)
    List<Long> lockPending(@Param("ids") List<Long> ids);

    /** Marks pending messages sent, with one statement (as {@link OutboxMessage#markSent} does one). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.status = org.collegium.notifications.domain.OutboxStatus.SENT,
                   m.sentAt = :now, m.attempts = m.attempts + 1, m.lastError = null, m.version = m.version + 1
            where m.id in :ids and m.status = org.collegium.notifications.domain.OutboxStatus.PENDING""")
    int markSent(@Param("ids") List<Long> ids, @Param("now") Instant now);

    /** Gives back claimed messages that were not sent (still pending, still under that claim): due at once. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.nextAttemptAt = :now, m.version = m.version + 1
            where m.id in :ids and m.status = org.collegium.notifications.domain.OutboxStatus.PENDING
              and m.nextAttemptAt = :claimedUntil""")
    int release(@Param("ids") List<Long> ids, @Param("claimedUntil") Instant claimedUntil, @Param("now") Instant now);

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
