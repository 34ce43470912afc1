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
import org.collegium.base.config.JobMeters;
import org.collegium.base.config.ScheduledJobs;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The society's daily jobs: a cron schedule read in the society's time zone as the settings say at each run (one
 * source: no separate job-zone property), each run once across instances under a ShedLock row, logged, measured
 * and audited under the job's name like every {@code @Scheduled} job, and listed in {@link ScheduledJobs}.
 */
@Component
public class SocietySchedule {

    /** As the @Scheduled jobs' default: a node whose clock is a little behind does not run a finished job again. */
    private static final Duration LOCK_AT_LEAST_FOR = Duration.ofMinutes(1);

    private final SocietySettingsService settings;
    private final LockingTaskExecutor locks;
    private final ScheduledJobs jobs;
    private final JobMeters meters;
    private final Clock clock;

    public SocietySchedule(SocietySettingsService settings, LockProvider lockProvider, ScheduledJobs jobs,
            JobMeters meters, Clock clock) {
        this.settings = settings;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.jobs = jobs;
        this.meters = meters;
        this.clock = clock;
    }

    /** A cron expression (Spring's six fields) evaluated in the society's current zone. */
    public Trigger cron(String expression) {
        return new ZonedCron(CronExpression.parse(expression), () -> settings.current().timeZone());
    }

    /**
     * The job, run only where this instance holds the named lock (skipped while another instance runs it); what
     * the task returns (a count) is logged. Registered in {@link ScheduledJobs} at once, so that it is measured and
     * can be run on demand even where this instance does not trigger jobs.
     */
    public Runnable locked(String name, Duration atMostFor, Supplier<?> task) {
        Runnable measured = () -> {
            try {
                meters.measure(name, () -> CurrentActor.asJob(name, task::get));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
        Runnable run = () -> locks.executeWithLock(measured,
                new LockConfiguration(clock.instant(), name, atMostFor, LOCK_AT_LEAST_FOR));
        jobs.register(name, run);
        return run;
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
