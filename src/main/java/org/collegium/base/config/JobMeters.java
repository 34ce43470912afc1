package org.collegium.base.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every scheduled job reports to Prometheus, by job name: {@code collegium_job_runs_seconds} (a timer: count,
 * sum and max of the runs on this node, by outcome) and {@code collegium_job_last_run_seconds} (when its last run
 * here started, epoch seconds; 0 before the first).
 */
@Component
public class JobMeters {

    static final String RUNS = "collegium.job.runs";
    static final String LAST_RUN = "collegium.job.last.run";

    private static final Logger log = LoggerFactory.getLogger(JobMeters.class);

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lastRunMillis = new ConcurrentHashMap<>();

    public JobMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the job's meters so that they are scraped before its first run. */
    void register(String job) {
        lastRunMillis.computeIfAbsent(job, name -> {
            AtomicLong millis = new AtomicLong();
            TimeGauge.builder(LAST_RUN, millis, TimeUnit.MILLISECONDS, AtomicLong::doubleValue)
                    .description("When the job last started on this node").tag("job", name).register(registry);
            runs(name, "success");
            return millis;
        });
    }

    void started(String job) {
        register(job);
        lastRunMillis.get(job).set(registry.config().clock().wallTime());
    }

    void finished(String job, Duration took, boolean succeeded) {
        runs(job, succeeded ? "success" : "failure").record(took);
    }

    /** One run of a job's work: what it returns (e.g. a count) is logged with the end of the run. */
    @FunctionalInterface
    public interface Work {
        Object run() throws Throwable;
    }

    /**
     * Runs the job's work here (the caller already holds its lock), logging its start and its end with the time
     * taken and what it returned, and measuring it. Every job, {@code @Scheduled} or triggered by the society's
     * schedule, runs through this one place.
     */
    public Object measure(String job, Work work) throws Throwable {
        long start = System.nanoTime();
        log.info("Job {} started", job);
        started(job);
        boolean succeeded = false;
        Object result = null;
        try {
            result = work.run();
            succeeded = true;
            return result;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            finished(job, took, succeeded);
            if (succeeded) {
                log.info("Job {} finished in {} ms{}", job, took.toMillis(), result == null ? "" : ": " + result);
            } else {
                log.warn("Job {} failed after {} ms", job, took.toMillis());
            }
        }
    }

    /** How many runs of this job finished on this node, whatever their outcome. */
    public long runCount(String job) {
        return registry.find(RUNS).tag("job", job).timers().stream().mapToLong(Timer::count).sum();
    }

    private Timer runs(String job, String outcome) {
        return Timer.builder(RUNS).description("Runs of the scheduled job on this node")
                .tags("job", job, "outcome", outcome).register(registry);
    }
}
