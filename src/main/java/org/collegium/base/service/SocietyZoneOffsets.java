package org.collegium.base.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The society zone's UTC offsets in the database (society_zone_offset, V162), so that triggers can tell the
 * society's day of a stored instant: the server's own zone tables are often missing (the embedded MariaDB has none).
 * One row per offset change from {@link #FIRST_YEAR} to {@link #LAST_YEAR}, the first holding from the earliest
 * instant on. Brought in line with the zone at every start (before the demo data) and whenever the zone is saved;
 * when the rows change, every {@link SocietyDaysFollower} works its figures out again in the same transaction.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SocietyZoneOffsets implements ApplicationRunner {

    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2100;
    /** DATETIME's earliest value: the offset before the first change holds from here. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1000, 1, 1, 0, 0);

    private static final Logger log = LoggerFactory.getLogger(SocietyZoneOffsets.class);

    /** From this UTC instant (as stored) on, local time is UTC plus this many seconds. */
    record Offset(LocalDateTime fromUtc, int seconds) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<SocietyDaysFollower> followers;

    SocietyZoneOffsets(JdbcTemplate jdbc, TransactionTemplate transactions, List<SocietyDaysFollower> followers) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.followers = followers;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer tables = jdbc.queryForObject("""
                select count(*) from information_schema.tables
                where table_schema = database() and table_name = 'society_zone_offset'""", Integer.class);
        if (tables == null || tables == 0) {
            // migrations held before V162 (spring.flyway.target): whoever migrates the rest calls follow()
            log.warn("The schema has no society_zone_offset yet: the society's days are not followed");
            return;
        }
        follow();
    }

    /** The offsets of a zone as stored: where each holds from, in order. */
    static List<Offset> offsets(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant from = LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant to = LocalDateTime.of(LAST_YEAR + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        List<Offset> offsets = new ArrayList<>();
        offsets.add(new Offset(EARLIEST, rules.getOffset(from).getTotalSeconds()));
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            offsets.add(new Offset(LocalDateTime.ofInstant(t.getInstant(), ZoneOffset.UTC),
                    t.getOffsetAfter().getTotalSeconds()));
        }
        return offsets;
    }

    /**
     * Writes the offsets of the zone saved in the settings (as this transaction sees them) if the stored ones differ,
     * and then has the followers work their figures out again. The settings row is read with a lock, so that two
     * nodes starting together take turns.
     */
    @OpenAccess(reason = "the system's own: at start, and from the settings' save, which carries the security")
    public void follow() {
        transactions.executeWithoutResult(status -> {
            ZoneId zone = ZoneId.of(jdbc.queryForObject(
                    "select time_zone from society_settings order by id limit 1 for update", String.class));
            List<Offset> wanted = offsets(zone);
            List<Offset> stored = jdbc.query(
                    "select from_utc, offset_seconds from society_zone_offset order by from_utc",
                    (rs, i) -> new Offset(rs.getObject(1, LocalDateTime.class), rs.getInt(2)));
            if (stored.equals(wanted)) {
                return;
            }
            jdbc.update("delete from society_zone_offset");
            jdbc.batchUpdate("insert into society_zone_offset (from_utc, offset_seconds) values (?, ?)", wanted, 500,
                    (ps, o) -> {
                        ps.setObject(1, o.fromUtc());
                        ps.setInt(2, o.seconds());
                    });
            long started = System.nanoTime();
            followers.forEach(SocietyDaysFollower::societyDaysChanged);
            log.info("The society's days follow the zone {} ({} offsets); figures by day worked out again in {} ms",
                    zone.getId(), wanted.size(), (System.nanoTime() - started) / 1_000_000);
        });
    }
}
