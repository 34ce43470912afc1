package org.collegium.communications.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Starts, prepares and hands over communications regularly; ShedLock keeps it to one instance at a time. */
@Component
class CommunicationJobs {

    private final CommunicationDelivery delivery;

    CommunicationJobs(CommunicationDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${collegium.communications.poll-interval:PT5S}",
            initialDelayString = "${collegium.communications.poll-initial-delay:PT20S}")
    @SchedulerLock(name = "communications", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1S")
    void run() {
        delivery.run();
    }
}
