package org.collegium.base.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.collegium.base.i18n.Messages;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;

/**
 * The places a rush is let in by, before its transaction takes a database connection: half the connection pool,
 * first come first served, each waiting up to {@code collegium.rush.wait} (30 s) for its turn. The other half of
 * the pool stays free for everyone else. Around every {@link Rush} method (see {@link RushAdmission}), and around
 * the code that serves a batch of calls together ({@link GroupCommit}).
 */
public final class RushPlaces {

    static final String BUSY = "base.error.busy";

    private final Semaphore places;
    private final Duration wait;

    RushPlaces(int places, Duration wait) {
        this.places = new Semaphore(Math.max(1, places), true);
        this.wait = wait;
    }

    static RushPlaces of(Environment env) {
        int pool = env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
        return new RushPlaces(pool / 2,
                DurationStyle.detectAndParse(env.getProperty("collegium.rush.wait", "30s")));
    }

    /** Runs {@code work} once a place is free; a caller who waits too long is told plainly, nothing done. */
    public <T> T admit(Supplier<T> work) {
        enter();
        try {
            return work.get();
        } finally {
            leave();
        }
    }

    /** Takes a place, waiting for one; {@link #leave} gives it back. */
    void enter() {
        boolean admitted;
        try {
            admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new BusinessRuleException(Messages.t(BUSY));
        }
    }

    void leave() {
        places.release();
    }
}
