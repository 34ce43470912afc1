package org.collegium.members.service;

import java.time.Duration;
import org.collegium.base.service.SocietySchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Renewal and dues reminders on the schedule the setting names (COLLEGIUM_MEMBERS_REMINDER_CRON), read in the
 * society's time zone, each once across instances under its own lock.
 */
@Component
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
class ReminderJobs implements SchedulingConfigurer {

    private final RenewalReminders reminders;
    private final DuesReminders dues;
    private final SocietySchedule schedule;
    private final String cron;

    ReminderJobs(RenewalReminders reminders, DuesReminders dues, SocietySchedule schedule,
            @Value("${collegium.members.reminder-cron:0 0 9 * * *}") String cron) {
        this.reminders = reminders;
        this.dues = dues;
        this.schedule = schedule;
        this.cron = cron;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(schedule.locked("renewal-reminders", Duration.ofMinutes(30), reminders::sendDue),
                schedule.cron(cron));
        registrar.addTriggerTask(schedule.locked("dues-reminders", Duration.ofMinutes(30), dues::sendDue),
                schedule.cron(cron));
    }
}
