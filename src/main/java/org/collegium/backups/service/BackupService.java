package org.collegium.backups.service;

import org.collegium.base.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.collegium.backups.domain.BackupFile;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.collegium.base.domain.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups of the portal's database: a gzip-compressed mariadb-dump per backup in the backup folder (owner-only:
 * a dump holds every member record and password hash), listed and downloaded by administrators only, taken
 * nightly by {@link BackupJob} or on request, each one audited. Restoring is MariaDB's own client reading the
 * file back (see README, Backups and restore).
 */
@Service
public class BackupService {

    /** The backup folder, how long backups are kept and which dump tool runs (or why none can). */
    public record Setup(Path dir, int keepDays, boolean toolAvailable, String tool) {
    }

    static final String ENTITY = "Backup";
    private static final Comparator<BackupFile> NEWEST_FIRST =
            Comparator.comparing(BackupFile::takenAt, Comparator.reverseOrder())
                    .thenComparing(BackupFile::name, Comparator.reverseOrder());
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final BackupProperties properties;
    private final DumpTool dumpTool;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** One backup at a time in this instance (the nightly job is also locked across instances by ShedLock). */
    private final ReentrantLock running = new ReentrantLock();

    BackupService(BackupProperties properties, DumpTool dumpTool, AuditLog audit, TransactionTemplate transaction,
            Clock clock) {
        this.properties = properties;
        this.dumpTool = dumpTool;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PreAuthorize(Access.IS_ADMIN)
    public Setup setup() {
        DumpTool.Located tool = dumpTool.locate();
        return new Setup(properties.dir().toAbsolutePath(), properties.keepDays(), tool.tool().isPresent(),
                tool.description());
    }

    /** The backups in the folder, newest first (a handful: they are kept for days, so no paging is needed). */
    @PreAuthorize(Access.IS_ADMIN)
    public List<BackupFile> list() {
        return backups();
    }

    /** Takes a backup now; {@code progress} hears how many compressed bytes are written so far. */
    @PreAuthorize(Access.IS_ADMIN)
    public BackupFile backUpNow(LongConsumer progress) {
        return take("on request", progress);
    }

    /** Opens a listed backup for download; any other name (a path, a guess) is not found. */
    @PreAuthorize(Access.IS_ADMIN)
    public InputStream open(String name) {
        BackupFile backup = backups().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("That backup"));
        try {
            return Files.newInputStream(properties.dir().resolve(backup.name()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read backup " + name, e);
        }
    }

    /** The nightly backup, then the folder pruned to the days kept. Called by {@link BackupJob} only. */
    BackupFile takeNightly() {
        BackupFile backup = take("nightly", bytes -> { });
        prune();
        return backup;
    }

    /** Deletes backups older than the days kept, never the newest one. */
    int prune() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(properties.keepDays()));
        List<BackupFile> all = backups();
        List<BackupFile> old = all.stream().skip(1).filter(b -> b.takenAt().isBefore(cutoff)).toList();
        for (BackupFile backup : old) {
            try {
                Files.deleteIfExists(properties.dir().resolve(backup.name()));
                auditAs("BACKUP_DELETED", backup.name(), "Backup deleted after " + properties.keepDays() + " days");
            } catch (IOException e) {
                log.warn("Could not delete old backup {}: {}", backup.name(), e.toString());
            }
        }
        return old.size();
    }

    private BackupFile take(String why, LongConsumer progress) {
        DumpTool.Located tool = dumpTool.locate();
        if (tool.tool().isEmpty()) {
            throw new BusinessRuleException(Messages.t("backups.error.no-tool", tool.description()));
        }
        if (!running.tryLock()) {
            throw new BusinessRuleException(Messages.t("backups.error.running"));
        }
        try {
            Path dir = folder();
            String name = BackupFile.newName(clock.instant());
            // audited before the dump, so that the dump holds its own entry and a restore compares equal
            auditAs("BACKUP", name, "Backup " + why + " into " + dir);
            Path part = dir.resolve(name + ".part");
            try {
                try (OutputStream out = new GZIPOutputStream(new CountingOutputStream(
                        Files.newOutputStream(OwnerOnly.createFile(part)), progress), 1 << 16)) {
                    dumpTool.dump(tool.tool().get(), dumpTool.target(), out);
                }
                Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(part);
                auditAs("BACKUP_FAILED", name, "Backup failed: " + e.getMessage());
                log.error("Backup {} failed", name, e);
                throw new BusinessRuleException(Messages.t("backups.error.failed", e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                deleteQuietly(part);
                throw new BusinessRuleException(Messages.t("backups.error.interrupted"));
            }
            BackupFile done = read(dir.resolve(name)).orElseThrow();
            log.info("Backup {} taken ({} bytes)", name, done.size());
            return done;
        } finally {
            running.unlock();
        }
    }

    private void auditAs(String action, String name, String summary) {
        transaction.executeWithoutResult(status -> audit.record(action, ENTITY, name, summary, new Changes()));
    }

    private Path folder() {
        Path dir = properties.dir();
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                OwnerOnly.restrictFolder(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new BusinessRuleException(Messages.t("backups.error.folder", dir.toAbsolutePath(), e.getMessage()));
        }
    }

    private List<BackupFile> backups() {
        Path dir = properties.dir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(BackupService::read).flatMap(Optional::stream)
                    .sorted(NEWEST_FIRST)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the backup folder " + dir, e);
        }
    }

    private static Optional<BackupFile> read(Path file) {
        String name = file.getFileName().toString();
        return BackupFile.timeInName(name).filter(at -> Files.isRegularFile(file)).map(at -> {
            try {
                return new BackupFile(name, at, Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file is never listed
        }
    }

    /** Counts what passes through, for the progress shown while a backup runs. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private final LongConsumer progress;
        private long count;

        CountingOutputStream(OutputStream out, LongConsumer progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
            progress.accept(count);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            progress.accept(++count);
        }
    }
}
