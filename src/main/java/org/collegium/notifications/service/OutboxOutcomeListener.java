package org.collegium.notifications.service;

import java.util.List;

/**
 * Told, inside the delivery's transaction, how a tagged outbox message ended: sent, or failed for good after its
 * last attempt. Other features implement it to follow their own emails (communications' per-recipient status).
 */
public interface OutboxOutcomeListener {

    void delivered(String tag, long outboxMessageId, boolean sent, String error);

    /** A tagged message the server accepted. */
    record Sent(String tag, long outboxMessageId) {
    }

    /**
     * Several messages of one delivery batch were sent (the server accepted them), told at once so that a listener
     * may record them with one statement; by default each is told to {@link #delivered} in turn.
     */
    default void sent(List<Sent> sent) {
        sent.forEach(s -> delivered(s.tag(), s.outboxMessageId(), true, null));
    }
}
