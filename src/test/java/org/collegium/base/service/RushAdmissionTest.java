package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.mock.env.MockEnvironment;

/** A rush is let in half a pool at a time; one who waits longer than allowed is told plainly, nothing done. */
class RushAdmissionTest {

    static class Registering {
        final CountDownLatch inside = new CountDownLatch(1);
        final CountDownLatch leave = new CountDownLatch(1);
        int done;

        @Rush
        public void register() throws InterruptedException {
            inside.countDown();
            leave.await(10, TimeUnit.SECONDS);
            done++;
        }
    }

    @Test
    void whenEveryPlaceIsTakenTheNextWaitsAndIsThenToldItCouldNotBeTaken() throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.hikari.maximum-pool-size", "2")
                .withProperty("collegium.rush.wait", "200ms"); // half of 2 connections: one place
        Registering target = new Registering();
        ProxyFactory proxies = new ProxyFactory(target);
        proxies.setProxyTargetClass(true);
        proxies.addAdvisor(RushAdmission.rushAdmissionAdvisor(RushPlaces.of(env)));
        Registering proxied = (Registering) proxies.getProxy();

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                proxied.register();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(target.inside.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(proxied::register).isInstanceOf(BusinessRuleException.class)
                .hasMessage(org.collegium.base.i18n.Messages.t(RushPlaces.BUSY));
        target.leave.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(target.done).as("only the one let in").isEqualTo(1);

        proxied.register(); // the place is free again
        assertThat(target.done).isEqualTo(2);
    }
}
