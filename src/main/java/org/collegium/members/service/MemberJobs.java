package org.collegium.members.service;

import java.time.Duration;
import org.collegium.base.service.SocietySchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** The nightly status recomputation, in the society's time zone, once across instances. */
@Component
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
class MemberJobs implements SchedulingConfigurer {

    private final MemberStatusService statuses;
    private final SocietySchedule schedule;
    private final String cron;

    MemberJobs(MemberStatusService statuses, SocietySchedule schedule,
            @Value("${collegium.members.status-cron:0 5 0 * * *}") String cron) {
        this.statuses = statuses;
        this.schedule = schedule;
        this.cron = cron;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(schedule.locked("member-status", Duration.ofMinutes(30), statuses::recomputeDue),
                schedule.cron(cron));
    }
}
