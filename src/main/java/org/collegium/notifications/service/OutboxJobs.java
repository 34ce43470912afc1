package org.collegium.notifications.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs outbox delivery regularly; ShedLock keeps it to one instance at a time. */
@Component
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
class OutboxJobs {

    private final OutboxDelivery delivery;

    OutboxJobs(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${collegium.mail.poll-interval:PT15S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "outbox-delivery", lockAtMostFor = "PT5M")
    void deliver() {
        delivery.deliverDue();
    }
}
