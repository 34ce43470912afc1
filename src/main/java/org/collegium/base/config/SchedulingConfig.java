package org.collegium.base.config;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each guarded by a ShedLock row ({@link SchedulerLockConfig}) so that two app instances on one
 * database run it once. Tests switch scheduling off and call the jobs' services directly.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
public class SchedulingConfig {
}
