package org.collegium.members.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Renewal reminders on the schedule the setting names (COLLEGIUM_MEMBERS_REMINDER_CRON), once across instances. */
@Component
class ReminderJobs {

    private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

    private final RenewalReminders reminders;

    ReminderJobs(RenewalReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${collegium.members.reminder-cron:0 0 9 * * *}",
            zone = "${collegium.members.status-zone:America/New_York}")
    @SchedulerLock(name = "renewal-reminders", lockAtMostFor = "PT30M")
    void sendReminders() {
        log.info("Renewal reminders: {} queued", reminders.sendDue());
    }
}
