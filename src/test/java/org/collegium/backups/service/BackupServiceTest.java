package org.collegium.backups.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.collegium.accounts.domain.Role;
import org.collegium.backups.domain.BackupFile;
import org.collegium.base.config.EmbeddedMariaDb;
import org.collegium.base.service.NotFoundException;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.collegium.support.SpareMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * A backup is MariaDB's own dump, compressed, owner-only and audited; restored with the command the README
 * documents into a fresh embedded database, every table holds the same rows (count and checksum) as the demo
 * database it was taken from. Only administrators list, take or open backups; old ones are pruned.
 */
@IntegrationTest
class BackupServiceTest {

    @Autowired BackupService backups;
    @Autowired BackupProperties properties;
    @Autowired JdbcTemplate jdbc;
    @Autowired Roles roles;
    @Autowired MutableClock clock;

    @BeforeEach
    void admin() {
        roles.actAs("admin@example.org", Role.ADMIN);
    }

    @AfterEach
    void reset() {
        roles.clear();
        clock.reset();
    }

    @Test
    void aBackupRestoredWithTheDocumentedCommandHoldsEveryTableExactly() throws Exception {
        AtomicLong progress = new AtomicLong();
        BackupFile backup = backups.backUpNow(progress::set);
        Path file = properties.dir().resolve(backup.name());

        assertThat(backups.list()).first().isEqualTo(backup);
        assertThat(progress.get()).isEqualTo(backup.size()).isPositive();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BACKUP' and entity_id = ?",
                Long.class, backup.name())).isEqualTo(1);
        Map<String, String> source = fingerprints(jdbc);
        assertThat(source).containsKeys("member", "user_account", "audit_entry", "flyway_schema_history");
        assertThat(source.get("member")).doesNotStartWith("0 ");

        EmbeddedMariaDb fresh = SpareMariaDb.emptied(); // an empty database on a server of its own
        restore(file, fresh);
        try (Connection c = DriverManager.getConnection(fresh.jdbcUrl(), fresh.username(), fresh.password())) {
            assertThat(fingerprints(new JdbcTemplate(new SingleConnectionDataSource(c, true))))
                    .isEqualTo(source);
        }
    }

    @ParameterizedTest
    @MethodSource("allButAdmin")
    void onlyAdministratorsListTakeOrOpenBackups(Role role) {
        roles.actAs("someone@example.org", role);
        assertThatThrownBy(() -> backups.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.setup()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.backUpNow(b -> { })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.open("anything")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAListedBackupCanBeOpened() throws IOException {
        Files.createDirectories(properties.dir());
        Path outside = Files.writeString(properties.dir().resolve("notes.txt"), "not a backup");
        try {
            assertThatThrownBy(() -> backups.open("notes.txt")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> backups.open("../../pom.xml")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> backups.open(BackupFile.newName(clock.instant())))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void pruningDeletesBackupsOlderThanTheDaysKeptButNeverTheNewest() throws IOException {
        Files.createDirectories(properties.dir());
        clock.set(Instant.parse("2040-01-31T03:00:00Z")); // after every real backup of the test run
        Path kept = touch(BackupFile.newName(clock.instant().minus(Duration.ofDays(properties.keepDays() - 1))));
        Path old = touch(BackupFile.newName(clock.instant().minus(Duration.ofDays(properties.keepDays() + 1))));

        backups.prune();

        assertThat(kept).exists();
        assertThat(old).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BACKUP_DELETED' "
                + "and entity_id = ?", Long.class, old.getFileName().toString())).isEqualTo(1);

        clock.set(Instant.parse("2041-01-31T03:00:00Z")); // a year without backups: the newest stays
        backups.prune();
        assertThat(kept).exists();
        Files.delete(kept);
    }

    /** The README's restore command, as an operator types it, against the fresh server's option file. */
    private static void restore(Path backup, EmbeddedMariaDb into) throws IOException, InterruptedException {
        String command = "gunzip -c \"$1\" | \"$2/mariadb\" --defaults-extra-file=\"$3\"";
        Process process = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command, "restore",
                backup.toString(), into.binDir().toString(), into.clientOptionFile().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    /** Each table's row count and CHECKSUM TABLE (its content), by name. */
    private static Map<String, String> fingerprints(JdbcTemplate db) {
        List<String> tables = db.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE' order by table_name", String.class);
        Map<String, String> result = new LinkedHashMap<>();
        for (String table : tables) {
            long rows = db.queryForObject("select count(*) from `" + table + "`", Long.class);
            String checksum = db.query("checksum table `" + table + "`", (ResultSet rs) -> {
                rs.next();
                return rs.getString(2);
            });
            result.put(table.toLowerCase(), rows + " rows, checksum " + checksum);
        }
        return result;
    }

    private Path touch(String name) throws IOException {
        return Files.writeString(properties.dir().resolve(name), "x");
    }

    static Stream<Role> allButAdmin() {
        return Roles.allBut(Role.ADMIN);
    }
}
