package org.collegium.base.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

    /** How many runs of this job finished on this node, whatever their outcome. */
    public long runCount(String job) {
        return registry.find(RUNS).tag("job", job).timers().stream().mapToLong(Timer::count).sum();
    }

    private Timer runs(String job, String outcome) {
        return Timer.builder(RUNS).description("Runs of the scheduled job on this node")
                .tags("job", job, "outcome", outcome).register(registry);
    }
}
