package org.collegium.communications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.collegium.base.domain.AuditedEntity;

/**
 * A message the board, an affiliate administrator or a facilitator writes to a segment of members (issue 17):
 * Markdown body with merge fields, sent through the outbox at a rate. Only a draft may be changed.
 */
@Entity
@Table(name = "communication")
public class Communication extends AuditedEntity {

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;

    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SegmentType segmentType;

    private String segmentStatus;
    private Long segmentTypeId;
    private Long segmentAffiliateId;
    private String segmentDiscipline;
    private String segmentState;
    private Long segmentEventId;
    private String segmentRegistration;
    private Long segmentGroupId;
    private Long segmentProfileId;

    @Column(nullable = false)
    private int ratePerMinute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommunicationStatus status = CommunicationStatus.DRAFT;

    private Instant sendAt;

    @Column(nullable = false)
    private int prepared;

    @Column(nullable = false)
    private int expected;

    @Column(nullable = false)
    private int released;

    private Instant dispatchStartedAt;

    private Instant finishedAt;

    protected Communication() {
    }

    public Communication(String author) {
        this.author = author;
    }

    public void write(MailKind kind, String subject, String body, int ratePerMinute) {
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.ratePerMinute = ratePerMinute;
    }

    public void segment(SegmentType type, String status, Long typeId, Long affiliateId, String discipline,
            String state, Long eventId, String registration, Long groupId, Long profileId) {
        this.segmentType = type;
        this.segmentStatus = status;
        this.segmentTypeId = typeId;
        this.segmentAffiliateId = affiliateId;
        this.segmentDiscipline = discipline;
        this.segmentState = state;
        this.segmentEventId = eventId;
        this.segmentRegistration = registration;
        this.segmentGroupId = groupId;
        this.segmentProfileId = profileId;
    }

    /** The requirement profile of a {@link SegmentType#CE_SHORTFALL} segment. */
    public Long getSegmentProfileId() {
        return segmentProfileId;
    }

    public void schedule(Instant at) {
        status = CommunicationStatus.SCHEDULED;
        sendAt = at;
    }

    public void startPreparing(Instant now, int expected) {
        status = CommunicationStatus.PREPARING;
        if (sendAt == null) {
            sendAt = now;
        }
        this.expected = expected;
    }

    public void prepared(int count) {
        this.prepared = count;
    }

    public void startSending(Instant now, int total) {
        status = CommunicationStatus.SENDING;
        prepared = total;
        expected = total;
        dispatchStartedAt = now;
    }

    public void released(int count) {
        released += count;
    }

    public void finish(Instant now) {
        status = CommunicationStatus.SENT;
        finishedAt = now;
    }

    public void cancel() {
        status = CommunicationStatus.CANCELLED;
    }

    public String getAuthor() {
        return author;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public SegmentType getSegmentType() {
        return segmentType;
    }

    public String getSegmentStatus() {
        return segmentStatus;
    }

    public Long getSegmentTypeId() {
        return segmentTypeId;
    }

    public Long getSegmentAffiliateId() {
        return segmentAffiliateId;
    }

    public String getSegmentDiscipline() {
        return segmentDiscipline;
    }

    public String getSegmentState() {
        return segmentState;
    }

    public Long getSegmentEventId() {
        return segmentEventId;
    }

    public String getSegmentRegistration() {
        return segmentRegistration;
    }

    public Long getSegmentGroupId() {
        return segmentGroupId;
    }

    public int getRatePerMinute() {
        return ratePerMinute;
    }

    public CommunicationStatus getStatus() {
        return status;
    }

    public Instant getSendAt() {
        return sendAt;
    }

    public int getPrepared() {
        return prepared;
    }

    public int getExpected() {
        return expected;
    }

    public int getReleased() {
        return released;
    }

    public Instant getDispatchStartedAt() {
        return dispatchStartedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
