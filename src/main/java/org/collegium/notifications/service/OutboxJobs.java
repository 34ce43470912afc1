package org.collegium.notifications.service;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs outbox delivery regularly; ShedLock keeps it to one instance at a time (and the delivery's claim, should the
 * lock lapse). A run sends batch after batch while full ones are due, for up to {@link #BUDGET}: well inside the
 * lock's five minutes.
 */
@Component
class OutboxJobs {

    private static final Logger log = LoggerFactory.getLogger(OutboxJobs.class);

    static final Duration BUDGET = Duration.ofMinutes(2);

    private final OutboxDelivery delivery;

    OutboxJobs(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${collegium.mail.poll-interval:PT15S}",
            initialDelayString = "${collegium.mail.poll-initial-delay:PT10S}")
    @SchedulerLock(name = "outbox-delivery", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
    void deliver() {
        int sent = delivery.deliverAllDue(BUDGET);
        if (sent > 0) { // it runs every few seconds: an idle run is not worth a line of its own
            log.info("Outbox: {} sent", sent);
        }
    }
}
