package org.collegium.events.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Held seats swept every minute (collegium.events.holds-cron), once across instances. */
@Component
class HeldSeatsJob {

    private static final Logger log = LoggerFactory.getLogger(HeldSeatsJob.class);

    private final HeldSeats heldSeats;

    HeldSeatsJob(HeldSeats heldSeats) {
        this.heldSeats = heldSeats;
    }

    @Scheduled(cron = "${collegium.events.holds-cron:30 * * * * *}")
    @SchedulerLock(name = "event-holds", lockAtMostFor = "PT10M")
    void sweep() {
        HeldSeats.Swept swept = heldSeats.sweep();
        log.info("Held seats: {} lapsed, {} offer reminders queued", swept.lapsed(), swept.reminded());
    }
}
