package org.collegium.base.service;

import java.lang.reflect.Method;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Names every scheduled job while it runs (its ShedLock name, else its class and method), so the audit log says
 * "Scheduled job: member-status" rather than "system". An infrastructure advisor, as transactions are: no job
 * needs to remember it.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobActor {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor scheduledJobNames() {
        MethodInterceptor named = invocation -> CurrentActor.asJob(name(invocation.getMethod()), () -> {
            try {
                return invocation.proceed();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
        return new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(Scheduled.class), named);
    }

    static String name(Method method) {
        SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
        return lock != null ? lock.name() : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
