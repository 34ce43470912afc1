package org.collegium.notifications.domain;

import java.util.List;

/** New outbox messages written many at a time (a batch of registrations); implemented by {@link OutboxInsertsImpl}. */
public interface OutboxInserts {

    /**
     * Inserts the new (not yet saved) messages in one JDBC batch, in the caller's transaction; returns their ids in
     * the same order. The messages themselves stay unsaved.
     */
    List<Long> insertAll(List<OutboxMessage> messages);
}
