package org.collegium.base.service;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Around every {@link Rush} method, outside its transaction (so before it takes a connection), the call waits for
 * one of the {@link RushPlaces}.
 */
@Configuration(proxyBeanMethods = false)
class RushAdmission {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static RushPlaces rushPlaces(Environment env) {
        return RushPlaces.of(env);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rushAdmissionAdvisor(RushPlaces places) {
        MethodInterceptor admitted = invocation -> {
            places.enter();
            try {
                return invocation.proceed();
            } finally {
                places.leave();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(Rush.class), admitted);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100); // outside the transaction and method security
        return advisor;
    }
}
