package org.collegium.credentials.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly (collegium.credentials.cron), once across instances: every credential moves to the cycle containing today
 * and its progress is recounted, then members who are short are reminded at the set points.
 */
@Component
class CredentialJobs {

    private static final Logger log = LoggerFactory.getLogger(CredentialJobs.class);

    private final CredentialProgress progress;
    private final CredentialReminders reminders;

    CredentialJobs(CredentialProgress progress, CredentialReminders reminders) {
        this.progress = progress;
        this.reminders = reminders;
    }

    @Scheduled(cron = "${collegium.credentials.cron:0 40 4 * * *}")
    @SchedulerLock(name = "credential-reminders", lockAtMostFor = "PT30M")
    void nightly() {
        int members = progress.refreshAll();
        int sent = reminders.sendDue();
        log.info("Credentials: {} members' progress recounted, {} reminders queued", members, sent);
    }
}
