package org.collegium.notifications.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox sends: sender address, retries with exponential backoff, and the batch per run.
 *
 * @param from          the From address of every email
 * @param maxAttempts   tries before a message is marked FAILED
 * @param firstBackoff  wait after the first failure; doubled after each further one
 * @param batchSize     messages sent per run of the delivery job
 */
@ConfigurationProperties("collegium.mail")
public record MailProperties(String from, int maxAttempts, Duration firstBackoff, int batchSize) {

    public MailProperties {
        from = from == null || from.isBlank() ? "Collegium <no-reply@collegium.example>" : from;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstBackoff = firstBackoff == null ? Duration.ofMinutes(1) : firstBackoff;
        batchSize = batchSize <= 0 ? 50 : batchSize;
    }
}
