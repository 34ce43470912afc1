package org.collegium.members.service;

import java.time.Duration;
import org.collegium.base.service.SocietySchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** The nightly status recomputation, in the society's time zone, once across instances. */
@Component
class MemberJobs implements SchedulingConfigurer {

    private final SocietySchedule schedule;
    private final String cron;
    private final Runnable recomputeStatuses;

    MemberJobs(MemberStatusService statuses, SocietySchedule schedule,
            @Value("${collegium.members.status-cron:0 5 0 * * *}") String cron) {
        this.schedule = schedule;
        this.cron = cron;
        this.recomputeStatuses = schedule.locked("member-status", Duration.ofMinutes(30), statuses::recomputeDue);
    }

    /** Called only where scheduling is on (SchedulingConfig); the job is listed and runnable either way. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(recomputeStatuses, schedule.cron(cron));
    }
}
