package org.collegium.base.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Job locks live in the shared database (table shedlock) and use its clock, not each instance's. A lock is held
 * for at least a minute by default, so that a node whose clock is a little behind does not run a finished job
 * again; jobs that run more often say less. Inside the lock, every run is logged and measured
 * ({@link JobRunLogging}).
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", defaultLockAtLeastFor = "PT1M",
        order = SchedulerLockConfig.LOCK_ORDER)
public class SchedulerLockConfig {

    /** The lock is the outer advice, the run's logging and meters the inner one. */
    static final int LOCK_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor jobRunLoggingAdvisor(ObjectProvider<JobMeters> meters) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, Scheduled.class, true), new JobRunLogging(meters));
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
        return advisor;
    }
}
