package org.collegium.members.service;

import java.time.Duration;
import org.collegium.base.service.SocietySchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Renewal and dues reminders on the schedule the setting names (COLLEGIUM_MEMBERS_REMINDER_CRON), read in the
 * society's time zone, each once across instances under its own lock.
 */
@Component
class ReminderJobs implements SchedulingConfigurer {

    private final SocietySchedule schedule;
    private final String cron;
    private final Runnable renewalReminders;
    private final Runnable duesReminders;

    ReminderJobs(RenewalReminders reminders, DuesReminders dues, SocietySchedule schedule,
            @Value("${collegium.members.reminder-cron:0 0 9 * * *}") String cron) {
        this.schedule = schedule;
        this.cron = cron;
        this.renewalReminders = schedule.locked("renewal-reminders", Duration.ofMinutes(30), reminders::sendDue);
        this.duesReminders = schedule.locked("dues-reminders", Duration.ofMinutes(30), dues::sendDue);
    }

    /** Called only where scheduling is on (SchedulingConfig); the jobs are listed and runnable either way. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(renewalReminders, schedule.cron(cron));
        registrar.addTriggerTask(duesReminders, schedule.cron(cron));
    }
}
