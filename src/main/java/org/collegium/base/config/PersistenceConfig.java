package org.collegium.base.config;

import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Auditing timestamps come from the same injected clock as everything else. */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentActor", dateTimeProviderRef = "auditingTime")
public class PersistenceConfig {

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.<TemporalAccessor>of(clock.instant());
    }
}
