package org.collegium.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** An email written in the same transaction as the change that caused it, sent (and retried) afterwards. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private Instant sentAt;

    private String lastError;

    /** The optional HTML alternative of the plain-text body. */
    @Lob
    @Column(columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    /** Extra headers, one "Name: value" a line (e.g. List-Unsubscribe). */
    @Lob
    @Column(columnDefinition = "TEXT")
    private String headers;

    /** What the email belongs to (e.g. "communication-recipient:12"), told to {@code OutboxOutcomeListener}s. */
    private String tag;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** An email with an HTML alternative, extra headers and a tag (each may be null). */
    public OutboxMessage(String recipient, String subject, String body, String htmlBody, String headers, String tag,
            Instant now) {
        this(recipient, subject, body, now);
        this.htmlBody = htmlBody;
        this.headers = headers;
        this.tag = tag;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getHeaders() {
        return headers;
    }

    public String getTag() {
        return tag;
    }

    public void markSent(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt: retried later with exponential backoff, or failed for good after the last
     * attempt. The error stays on the message either way.
     */
    public void markAttemptFailed(Instant now, String error, int maxAttempts, Duration firstBackoff) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    /** An administrator asks for another try of a failed message. */
    public void retryNow(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
