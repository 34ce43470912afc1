package org.collegium.backups.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly backup, once across instances (ShedLock), then the folder pruned to the days kept. */
@Component
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
class BackupJob {

    private static final Logger log = LoggerFactory.getLogger(BackupJob.class);

    private final BackupService backups;

    BackupJob(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${collegium.backup.cron:0 30 2 * * *}", zone = "${collegium.backup.zone:America/New_York}")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT2H")
    void backUp() {
        try {
            backups.takeNightly();
        } catch (RuntimeException e) {
            // already logged and audited by the service; the next night tries again
            log.warn("Nightly backup not taken: {}", e.getMessage());
        }
    }
}
