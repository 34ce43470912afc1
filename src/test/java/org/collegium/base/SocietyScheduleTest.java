package org.collegium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.collegium.base.service.SocietySchedule.ZonedCron;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The nightly jobs' schedule is read in the society's zone as it is set when the next run is computed. */
class SocietyScheduleTest {

    @Test
    void theNightlyJobFollowsTheSocietysZoneFromTheNextRun() {
        AtomicReference<ZoneId> zone = new AtomicReference<>(ZoneId.of("America/New_York"));
        ZonedCron nightly = new ZonedCron(CronExpression.parse("0 5 0 * * *"), zone::get);
        SimpleTriggerContext context = new SimpleTriggerContext(Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"),
                ZoneOffset.UTC));
        assertThat(nightly.nextExecution(context)).as("00:05 in New York")
                .isEqualTo(Instant.parse("2026-12-03T05:05:00Z"));

        zone.set(ZoneId.of("America/Los_Angeles"));
        assertThat(nightly.nextExecution(context)).as("00:05 in Los Angeles")
                .isEqualTo(Instant.parse("2026-12-03T08:05:00Z"));

        context.update(Instant.parse("2026-12-03T08:05:00Z"), Instant.parse("2026-12-03T08:05:00Z"),
                Instant.parse("2026-12-03T08:05:30Z"));
        assertThat(nightly.nextExecution(context)).as("and the night after, from the last run")
                .isEqualTo(Instant.parse("2026-12-04T08:05:00Z"));
    }
}
