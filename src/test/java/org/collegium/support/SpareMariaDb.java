package org.collegium.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.collegium.base.config.EmbeddedMariaDb;

/**
 * A second throw-away MariaDB for the tests that need an empty database beside the run's shared one (a backup
 * restored into it, migrations run on it from the start). Unpacking and installing a server writes about 500 MB, so
 * the run starts this one once, on first use, and each test gets its {@code collegium} database dropped and created
 * again, as empty as a fresh server's; the server stops (and its folder is removed) when the test JVM exits. Do not
 * stop it.
 */
public final class SpareMariaDb {

    private static EmbeddedMariaDb server;

    private SpareMariaDb() {
    }

    /** The spare server with an empty {@code collegium} database (its application user, its client option file). */
    public static synchronized EmbeddedMariaDb emptied() throws SQLException {
        if (server == null) {
            server = EmbeddedMariaDb.start(null, true);
            return server;
        }
        // the application user holds every privilege on its database, dropping and creating it included
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + EmbeddedMariaDb.DATABASE);
            s.execute("CREATE DATABASE " + EmbeddedMariaDb.DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return server;
    }
}
