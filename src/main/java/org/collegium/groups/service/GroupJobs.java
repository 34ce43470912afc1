package org.collegium.groups.service;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.collegium.base.service.SocietySchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Weekly invitations as they come due (every few minutes, whatever the zone), and sessions kept generated ahead
 * nightly in the society's time zone; each job once across instances.
 */
@Component
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
class GroupJobs implements SchedulingConfigurer {

    private final GroupInvitations invitations;
    private final SessionGenerator generator;
    private final SocietySchedule schedule;
    private final String sessionsCron;

    GroupJobs(GroupInvitations invitations, SessionGenerator generator, SocietySchedule schedule,
            @Value("${collegium.groups.sessions-cron:0 15 0 * * *}") String sessionsCron) {
        this.invitations = invitations;
        this.generator = generator;
        this.schedule = schedule;
        this.sessionsCron = sessionsCron;
    }

    @Scheduled(cron = "${collegium.groups.invitation-cron:0 */5 * * * *}")
    @SchedulerLock(name = "group-invitations", lockAtMostFor = "PT10M")
    void sendInvitations() {
        invitations.sendDue();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(schedule.locked("group-sessions", Duration.ofMinutes(30), generator::generateAll),
                schedule.cron(sessionsCron));
    }
}
