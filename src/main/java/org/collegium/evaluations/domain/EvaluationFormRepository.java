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
}
