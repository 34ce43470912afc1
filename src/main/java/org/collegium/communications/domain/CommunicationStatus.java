package org.collegium.communications.domain;

/**
 * DRAFT (editable), SCHEDULED (waiting for its time; may be cancelled), PREPARING (its recipients being listed),
 * SENDING (handed to the outbox at its rate), SENT (every recipient handed over), CANCELLED.
 */
public enum CommunicationStatus {
    DRAFT,
    SCHEDULED,
    PREPARING,
    SENDING,
    SENT,
    CANCELLED;

    public boolean editable() {
        return this == DRAFT;
    }
}
