package org.collegium.notifications.service;

/**
 * Told, inside the delivery's transaction, how a tagged outbox message ended: sent, or failed for good after its
 * last attempt. Other features implement it to follow their own emails (communications' per-recipient status).
 */
public interface OutboxOutcomeListener {

    void delivered(String tag, long outboxMessageId, boolean sent, String error);
}
