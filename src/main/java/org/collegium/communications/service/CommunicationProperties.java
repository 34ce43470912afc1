package org.collegium.communications.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Communications (issue 17).
 *
 * @param ratePerMinute    a new message's rate: emails handed to the outbox per minute
 * @param maxRatePerMinute the highest rate a sender may choose
 * @param pollInterval     how often the job starts scheduled messages, prepares and hands over
 * @param chunk            recipients listed per database round trip while preparing
 */
@ConfigurationProperties("collegium.communications")
public record CommunicationProperties(int ratePerMinute, int maxRatePerMinute, Duration pollInterval, int chunk) {

    public CommunicationProperties {
        ratePerMinute = ratePerMinute <= 0 ? 600 : ratePerMinute;
        maxRatePerMinute = maxRatePerMinute <= 0 ? 6000 : maxRatePerMinute;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        chunk = chunk <= 0 ? 2000 : chunk;
    }
}
