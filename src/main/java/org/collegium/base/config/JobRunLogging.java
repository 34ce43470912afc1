package org.collegium.base.config;

import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Around every {@code @Scheduled} method, inside its ShedLock (so a run another node holds the lock for is not
 * counted here): logs the start and the end with the time taken, and measures the run ({@link JobMeters}).
 */
class JobRunLogging implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(JobRunLogging.class);

    private final ObjectProvider<JobMeters> meters;

    JobRunLogging(ObjectProvider<JobMeters> meters) {
        this.meters = meters;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        String job = ScheduledJobs.nameOf(invocation.getMethod());
        JobMeters jobMeters = meters.getObject();
        long start = System.nanoTime();
        log.info("Job {} started", job);
        jobMeters.started(job);
        boolean succeeded = false;
        try {
            Object result = invocation.proceed();
            succeeded = true;
            return result;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            jobMeters.finished(job, took, succeeded);
            if (succeeded) {
                log.info("Job {} finished in {} ms", job, took.toMillis());
            } else {
                log.warn("Job {} failed after {} ms", job, took.toMillis());
            }
        }
    }
}
