package org.collegium.evaluations.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvaluationSubmissionRepository extends JpaRepository<EvaluationSubmission, Long> {

    boolean existsByEventIdAndMemberId(long eventId, long memberId);

    long countByEventId(long eventId);

    @Query("select s.eventId from EvaluationSubmission s where s.memberId = :member and s.eventId in :events")
    List<Long> submittedOf(@Param("member") long memberId, @Param("events") Collection<Long> eventIds);
}
