package org.collegium.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances asking for the same job lock on the same MariaDB: only one gets it until it is released. */
@IntegrationTest
class SchedulerLockTest {

    @Autowired LockProvider locks;

    @Test
    void aJobLockIsHeldByOneInstanceAtATime() {
        LockConfiguration job = new LockConfiguration(Instant.now(), "test-job-" + System.nanoTime(),
                Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(job);
        Optional<SimpleLock> second = locks.lock(job);
        assertThat(first).isPresent();
        assertThat(second).as("the other instance skips the run").isEmpty();

        first.get().unlock();
        Optional<SimpleLock> afterRelease = locks.lock(job);
        assertThat(afterRelease).isPresent();
        afterRelease.get().unlock();
    }

    @Test
    void theOutboxJobIsGuardedByALock() throws Exception {
        Class<?> jobs = Class.forName("org.collegium.notifications.service.OutboxJobs");
        Method deliver = jobs.getDeclaredMethod("deliver");
        assertThat(deliver.getAnnotation(SchedulerLock.class).name()).isEqualTo("outbox-delivery");
    }
}
