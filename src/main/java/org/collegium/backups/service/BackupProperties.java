package org.collegium.backups.service;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where backups go and how long they are kept; the schedule is read by {@link BackupJob}.
 *
 * @param dir       the backup folder (created when missing)
 * @param keepDays  backups older than this many days are deleted after each nightly backup (the newest is kept)
 * @param dumpTool  mariadb-dump to use; blank: the embedded database's own, else mariadb-dump or mysqldump on PATH
 */
@ConfigurationProperties("collegium.backup")
public record BackupProperties(Path dir, int keepDays, String dumpTool) {

    public BackupProperties {
        dir = dir == null ? Path.of("data", "backups") : dir;
        keepDays = keepDays <= 0 ? 14 : keepDays;
        dumpTool = dumpTool == null ? "" : dumpTool.strip();
    }
}
