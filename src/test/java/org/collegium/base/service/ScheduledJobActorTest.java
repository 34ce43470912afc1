package org.collegium.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A scheduled job's work is done, and audited, as "Scheduled job: its name"; nothing else is named so. */
class ScheduledJobActorTest {

    static class NightlyWork {

        final CurrentActor actor;
        String actingDuringTheJob;
        String actingOutsideAJob;

        NightlyWork(CurrentActor actor) {
            this.actor = actor;
        }

        @Scheduled(fixedDelay = 1000)
        @SchedulerLock(name = "member-status")
        public void recompute() {
            actingDuringTheJob = actor.name();
        }

        public void notAJob() {
            actingOutsideAJob = actor.name();
        }
    }

    @Test
    void whileAScheduledJobRunsTheActorIsTheJob() {
        CurrentActor actor = new CurrentActor(new DefaultListableBeanFactory()
                .getBeanProvider(SecurityContextHolderStrategy.class));
        NightlyWork work = new NightlyWork(actor);
        ProxyFactory proxies = new ProxyFactory(work);
        proxies.setProxyTargetClass(true);
        proxies.addAdvisor(ScheduledJobActor.scheduledJobNames());
        NightlyWork proxied = (NightlyWork) proxies.getProxy();

        proxied.recompute();
        proxied.notAJob();

        assertThat(work.actingDuringTheJob).isEqualTo("Scheduled job: member-status");
        assertThat(work.actingOutsideAJob).isEqualTo(CurrentActor.SYSTEM);
        assertThat(actor.name()).as("the name ends with the job").isEqualTo(CurrentActor.SYSTEM);
    }
}
