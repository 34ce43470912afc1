package org.collegium.reports.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offsets and transitions the SQL expression is built from, for New York across 2031's daylight saving. */
class LocalTimeSqlTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aYearInNewYorkChangesOffsetTwice() {
        // 2031-01-01 00:00 to 2032-01-01 00:00 New York time, as stored (UTC)
        LocalTimeSql local = new LocalTimeSql(NEW_YORK, LocalDateTime.of(2031, 1, 1, 5, 0),
                LocalDateTime.of(2032, 1, 1, 5, 0));
        // daylight saving from 2031-03-09 02:00 EST (07:00 UTC) to 2031-11-02 02:00 EDT (06:00 UTC)
        assertThat(local.transitions()).containsExactly(LocalDateTime.of(2031, 3, 9, 7, 0),
                LocalDateTime.of(2031, 11, 2, 6, 0));
        assertThat(local.offsets()).containsExactly(-5 * 3600, -4 * 3600, -5 * 3600);
        Map<String, Object> params = new HashMap<>();
        local.bind(params);
        assertThat(params).containsEntry("tz_t0", LocalDateTime.of(2031, 3, 9, 7, 0))
                .containsEntry("tz_o0", -18000).containsEntry("tz_o1", -14400).containsEntry("tz_o2", -18000)
                .hasSize(5);
        assertThat(local.local("r.registered_at")).isEqualTo("(r.registered_at + interval (case"
                + " when r.registered_at < :tz_t0 then :tz_o0 when r.registered_at < :tz_t1 then :tz_o1"
                + " else :tz_o2 end) second)");
    }

    @Test
    void aRangeWithoutTransitionHasOneOffset() {
        LocalTimeSql march = new LocalTimeSql(NEW_YORK, LocalDateTime.of(2031, 3, 10, 4, 0),
                LocalDateTime.of(2031, 4, 1, 4, 0));
        assertThat(march.transitions()).isEmpty();
        assertThat(march.offsets()).containsExactly(-4 * 3600);
        assertThat(march.local("e.starts_at")).isEqualTo("(e.starts_at + interval (:tz_o0) second)");
        assertThat(new LocalTimeSql(ZoneOffset.UTC, LocalDateTime.of(2031, 1, 1, 0, 0),
                LocalDateTime.of(2032, 1, 1, 0, 0)).offsets()).containsExactly(0);
    }

    @Test
    void aTransitionAtTheEndOfTheRangeIsLeftOut() {
        LocalTimeSql local = new LocalTimeSql(NEW_YORK, LocalDateTime.of(2031, 3, 1, 5, 0),
                LocalDateTime.of(2031, 3, 9, 7, 0));
        assertThat(local.transitions()).isEmpty();
        assertThat(local.offsets()).containsExactly(-5 * 3600);
    }
}
