package org.collegium.backups.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in the backup folder: a gzip-compressed SQL dump named for the moment it was taken (UTC) and a
 * random part, so that no name can be guessed. Backups are files, not rows: they must outlive the database they
 * restore. (They are a feature of their own, not part of {@code base}: a job, a view and their rules.)
 */
public record BackupFile(String name, Instant takenAt, long size) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("collegium-(\\d{8}T\\d{6}Z)-[0-9a-f]{20}\\.sql\\.gz");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new, unguessable name for a backup taken at {@code at}. */
    public static String newName(Instant at) {
        byte[] random = new byte[10]; // 80 bits, and the name fits the audit trail's entity_id (64)
        RANDOM.nextBytes(random);
        return "collegium-" + STAMP.format(at) + "-" + HexFormat.of().formatHex(random) + ".sql.gz";
    }

    /** When a backup with this name was taken; empty for any other name (so nothing else is ever listed). */
    public static Optional<Instant> timeInName(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(STAMP.parse(m.group(1), Instant::from)) : Optional.empty();
    }
}
