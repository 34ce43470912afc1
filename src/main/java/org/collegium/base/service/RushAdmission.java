package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Around every {@link Rush} method, outside its transaction (so before it takes a connection): at most half the
 * connection pool serves such calls at once, first come first served; the rest wait up to
 * {@code collegium.rush.wait} (30 s) for their turn. The other half of the pool stays free for everyone else.
 */
@Configuration(proxyBeanMethods = false)
class RushAdmission {

    static final String BUSY = "base.error.busy";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rushAdmissionAdvisor(Environment env) {
        int pool = env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
        Duration wait = DurationStyle.detectAndParse(env.getProperty("collegium.rush.wait", "30s"));
        Semaphore places = new Semaphore(Math.max(1, pool / 2), true);
        MethodInterceptor admitted = invocation -> {
            if (!places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusinessRuleException(Messages.t(BUSY));
            }
            try {
                return invocation.proceed();
            } finally {
                places.release();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(Rush.class), admitted);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100); // outside the transaction and method security
        return advisor;
    }
}
