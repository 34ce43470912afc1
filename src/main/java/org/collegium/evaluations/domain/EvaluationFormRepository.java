package org.collegium.evaluations.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvaluationFormRepository extends JpaRepository<EvaluationForm, Long> {

    @Query("select distinct f from EvaluationForm f left join fetch f.questions where f.eventId = :event")
    Optional<EvaluationForm> findByEvent(@Param("event") long eventId);

    @Query("select f.certificateWaits from EvaluationForm f where f.eventId = :event")
    Optional<Boolean> certificateWaits(@Param("event") long eventId);

    /** Of these events, those whose certificates wait for the evaluation. */
    @Query("select f.eventId from EvaluationForm f where f.certificateWaits = true and f.eventId in :events")
    java.util.List<Long> waitingAmong(@Param("events") java.util.Collection<Long> eventIds);
}
