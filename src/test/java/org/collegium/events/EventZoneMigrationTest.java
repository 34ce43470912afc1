package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.collegium.base.config.EmbeddedMariaDb;
import org.collegium.support.SpareMariaDb;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V75 on a database that already has events: each takes the society's zone as the settings say it at that moment,
 * so none of them moves (they were entered and shown in that zone until then).
 */
class EventZoneMigrationTest {

    @Test
    void existingEventsTakeTheSocietysCurrentZone() throws Exception {
        EmbeddedMariaDb db = SpareMariaDb.emptied(); // an empty database on a server of its own
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
            flyway(db).target(String.valueOf(lastBefore(75))).load().migrate();
            jdbc.update("update society_settings set time_zone = 'America/Chicago'");
            jdbc.update("""
                    insert into event (kind, title, starts_at, ends_at, format, capacity, seats_taken, member_price,
                      non_member_price, cancel_cutoff_hours, ce_hours, status, version, created_at)
                    values ('TRAINING', 'Before V75', '2027-03-01 15:00:00', '2027-03-01 21:00:00', 'IN_PERSON', 10,
                      0, 0, 0, 48, 0, 'PUBLISHED', 0, utc_timestamp(6))""");

            flyway(db).target("75").load().migrate();
            assertThat(jdbc.queryForObject("select time_zone from event where title = 'Before V75'", String.class))
                    .isEqualTo("America/Chicago");
            assertThat(jdbc.queryForObject("select starts_at from event where title = 'Before V75'", String.class))
                    .as("the moment is not touched").startsWith("2027-03-01 15:00:00");
        }
    }

    /** The newest migration before {@code version} (whichever others have been added since). */
    private static int lastBefore(int version) throws java.io.IOException {
        int last = 0;
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
            int v = Integer.parseInt(r.getFilename().substring(1, r.getFilename().indexOf("__")));
            if (v < version) {
                last = Math.max(last, v);
            }
        }
        return last;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(EmbeddedMariaDb db) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                .locations("classpath:db/migration");
    }
}
