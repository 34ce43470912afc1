package org.collegium.base.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduler that triggers the jobs ({@code @Scheduled} methods, each under a ShedLock lock, see
 * {@link SchedulerLockConfig}). Tests switch the triggering off and call the jobs or their services directly.
 */
@Configuration
@EnableScheduling
@ConditionalOnBooleanProperty(name = "collegium.scheduling.enabled", matchIfMissing = true)
public class SchedulingConfig {
}
