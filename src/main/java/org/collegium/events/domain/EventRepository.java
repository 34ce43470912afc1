package org.collegium.events.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    /**
     * The event with its row locked (SELECT ... FOR UPDATE) until the transaction ends: seats are counted and
     * given out one registration at a time, so concurrent registrations can never overbook.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(@Param("id") long id);

    @Query("select e from Event e left join fetch e.host where e.id = :id")
    Optional<Event> findWithHost(@Param("id") long id);

    /** Published events that have not ended, soonest first (the public page). */
    @Query("""
            select e from Event e left join fetch e.host
            where e.status = org.collegium.events.domain.EventStatus.PUBLISHED and e.endsAt > :now
            order by e.startsAt, e.id""")
    List<Event> findPublishedEndingAfter(@Param("now") java.time.Instant now,
            org.springframework.data.domain.Pageable page);
}
