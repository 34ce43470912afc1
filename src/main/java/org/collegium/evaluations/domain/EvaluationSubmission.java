package org.collegium.evaluations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The fact that a member submitted an event's evaluation (once only; it releases a certificate that waits for it).
 * Kept apart from the answers, which name nobody: nothing links the two.
 */
@Entity
@Table(name = "evaluation_submission")
public class EvaluationSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long eventId;
    @Column(nullable = false)
    private long memberId;
    @Column(nullable = false)
    private Instant submittedAt;

    protected EvaluationSubmission() {
    }

    public EvaluationSubmission(long eventId, long memberId, Instant submittedAt) {
        this.eventId = eventId;
        this.memberId = memberId;
        this.submittedAt = submittedAt;
    }

    public long getEventId() {
        return eventId;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
