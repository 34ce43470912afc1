package org.collegium.members.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly status recomputation, once across instances. */
@Component
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
class MemberJobs {

    private final MemberStatusService statuses;

    MemberJobs(MemberStatusService statuses) {
        this.statuses = statuses;
    }

    @Scheduled(cron = "${collegium.members.status-cron:0 5 0 * * *}", zone = "${collegium.members.status-zone:America/New_York}")
    @SchedulerLock(name = "member-status", lockAtMostFor = "PT30M")
    void recomputeStatuses() {
        statuses.recomputeDue();
    }
}
