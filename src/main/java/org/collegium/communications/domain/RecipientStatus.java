package org.collegium.communications.domain;

/** One recipient of a communication: QUEUED, SENT, FAILED, or SKIPPED (they had unsubscribed from its kind). */
public enum RecipientStatus {
    QUEUED,
    SENT,
    FAILED,
    SKIPPED
}
