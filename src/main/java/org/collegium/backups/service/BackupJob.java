package org.collegium.backups.service;

import java.time.Duration;
import org.collegium.base.service.SocietySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The nightly backup in the society's time zone, once across instances (ShedLock), then the folder pruned to the
 * days kept.
 */
@Component
class BackupJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BackupJob.class);

    private final SocietySchedule schedule;
    private final String cron;
    private final Runnable backUp;

    BackupJob(BackupService backups, SocietySchedule schedule,
            @Value("${collegium.backup.cron:0 30 2 * * *}") String cron) {
        this.schedule = schedule;
        this.cron = cron;
        this.backUp = schedule.locked("backup", Duration.ofHours(2), () -> {
            try {
                return backups.takeNightly();
            } catch (RuntimeException e) {
                // already logged and audited by the service; the next night tries again
                log.warn("Nightly backup not taken: {}", e.getMessage());
                return null;
            }
        });
    }

    /** Called only where scheduling is on (SchedulingConfig); the job is listed and runnable either way. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(backUp, schedule.cron(cron));
    }
}
