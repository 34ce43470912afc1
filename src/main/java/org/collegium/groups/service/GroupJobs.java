package org.collegium.groups.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Weekly invitations as they come due, and sessions kept generated ahead; each job once across instances. */
@Component
class GroupJobs {

    private static final Logger log = LoggerFactory.getLogger(GroupJobs.class);

    private final GroupInvitations invitations;
    private final SessionGenerator generator;

    GroupJobs(GroupInvitations invitations, SessionGenerator generator) {
        this.invitations = invitations;
        this.generator = generator;
    }

    @Scheduled(cron = "${collegium.groups.invitation-cron:0 */5 * * * *}")
    @SchedulerLock(name = "group-invitations", lockAtMostFor = "PT10M")
    void sendInvitations() {
        log.info("Group invitations: {} queued", invitations.sendDue());
    }

    @Scheduled(cron = "${collegium.groups.sessions-cron:0 15 0 * * *}",
            zone = "${collegium.members.status-zone:America/New_York}")
    @SchedulerLock(name = "group-sessions", lockAtMostFor = "PT30M")
    void generateSessions() {
        log.info("Group sessions: {} generated", generator.generateAll());
    }
}
