package org.collegium.notifications.domain;

public enum OutboxStatus {
    /** Waiting to be sent (or kept, when no mail server is configured). */
    PENDING,
    SENT,
    /** Gave up after the last retry; the error is kept on the message. */
    FAILED
}
