package org.collegium.events.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventSessionRepository extends JpaRepository<EventSession, Long> {

    /** The session with its row locked until the transaction ends (see {@link EventRepository#lockById}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from EventSession s where s.id = :id")
    Optional<EventSession> lockById(@Param("id") long id);

    List<EventSession> findByEventIdOrderByStartsAtAscIdAsc(long eventId);

    /** An event's session ids in id order: the order their rows are locked in. */
    @Query("select s.id from EventSession s where s.event.id = :eventId order by s.id")
    List<Long> findIdsByEventId(@Param("eventId") long eventId);
}
