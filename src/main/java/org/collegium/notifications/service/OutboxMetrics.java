package org.collegium.notifications.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.LongSupplier;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.domain.OutboxStatus;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox as Prometheus sees it, counted in the database at each scrape (so every node reports the same):
 * {@code collegium_outbox_messages{state="queued"}} (waiting to be sent: the backlog), {@code state="retrying"}
 * (queued after at least one failed attempt) and {@code state="failed"} (given up after the last retry).
 */
@Component
class OutboxMetrics {

    static final String MESSAGES = "collegium.outbox.messages";

    OutboxMetrics(MeterRegistry registry, OutboxMessageRepository messages, PlatformTransactionManager transactions) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        gauge(registry, readOnly, "queued", () -> messages.countByStatus(OutboxStatus.PENDING));
        gauge(registry, readOnly, "retrying",
                () -> messages.countByStatusAndAttemptsGreaterThan(OutboxStatus.PENDING, 0));
        gauge(registry, readOnly, "failed", () -> messages.countByStatus(OutboxStatus.FAILED));
    }

    private static void gauge(MeterRegistry registry, TransactionTemplate readOnly, String state, LongSupplier count) {
        Gauge.builder(MESSAGES, () -> countOrNaN(() -> readOnly.execute(tx -> count.getAsLong())))
                .description("Outbox messages by state").tag("state", state).register(registry);
    }

    /** A scrape while the database is away reports "no value" rather than failing the whole scrape. */
    private static double countOrNaN(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
