package org.collegium.base.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The society's daily jobs: a cron schedule read in the society's time zone as the settings say at each run (one
 * source: no separate job-zone property), each run once across instances under a ShedLock row.
 */
@Component
public class SocietySchedule {

    private final SocietySettingsService settings;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    public SocietySchedule(SocietySettingsService settings, LockProvider lockProvider, Clock clock) {
        this.settings = settings;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /** A cron expression (Spring's six fields) evaluated in the society's current zone. */
    public Trigger cron(String expression) {
        return new ZonedCron(CronExpression.parse(expression), () -> settings.current().timeZone());
    }

    /** The task, run only where this instance holds the named lock (skipped while another instance runs it). */
    public Runnable locked(String name, Duration atMostFor, Runnable task) {
        return () -> locks.executeWithLock(task, new LockConfiguration(clock.instant(), name, atMostFor,
                Duration.ZERO));
    }

    /**
     * The next time after the last run (or now) that the cron names in the zone read at that moment: a change of
     * the society's zone takes effect from the next run computed after it.
     */
    public record ZonedCron(CronExpression cron, Supplier<ZoneId> zone) implements Trigger {
        @Override
        public Instant nextExecution(TriggerContext context) {
            Instant last = context.lastCompletion();
            Instant from = last == null ? context.getClock().instant() : last;
            ZonedDateTime next = cron.next(from.atZone(zone.get()));
            return next == null ? null : next.toInstant();
        }
    }
}
