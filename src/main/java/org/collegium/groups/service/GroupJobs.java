package org.collegium.groups.service;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.collegium.base.service.SocietySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Weekly invitations as they come due (every few minutes, whatever the zone), and sessions kept generated ahead
 * nightly in the society's time zone; each job once across instances.
 */
@Component
class GroupJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(GroupJobs.class);

    private final GroupInvitations invitations;
    private final SocietySchedule schedule;
    private final String sessionsCron;
    private final Runnable generateSessions;

    GroupJobs(GroupInvitations invitations, SessionGenerator generator, SocietySchedule schedule,
            @Value("${collegium.groups.sessions-cron:0 15 0 * * *}") String sessionsCron) {
        this.invitations = invitations;
        this.schedule = schedule;
        this.sessionsCron = sessionsCron;
        this.generateSessions = schedule.locked("group-sessions", Duration.ofMinutes(30), generator::generateAll);
    }

    @Scheduled(cron = "${collegium.groups.invitation-cron:0 */5 * * * *}")
    @SchedulerLock(name = "group-invitations", lockAtMostFor = "PT10M")
    void sendInvitations() {
        log.info("Group invitations: {} queued", invitations.sendDue());
    }

    /** Called only where scheduling is on (SchedulingConfig); the job is listed and runnable either way. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(generateSessions, schedule.cron(sessionsCron));
    }
}
