package org.collegium.members.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly status recomputation, once across instances. */
@Component
class MemberJobs {

    private static final Logger log = LoggerFactory.getLogger(MemberJobs.class);

    private final MemberStatusService statuses;

    MemberJobs(MemberStatusService statuses) {
        this.statuses = statuses;
    }

    @Scheduled(cron = "${collegium.members.status-cron:0 5 0 * * *}", zone = "${collegium.members.status-zone:America/New_York}")
    @SchedulerLock(name = "member-status", lockAtMostFor = "PT30M")
    void recomputeStatuses() {
        log.info("Member statuses: {} changed", statuses.recomputeDue());
    }
}
