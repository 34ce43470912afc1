package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.collegium.events.EventFixtures;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventService;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.Placed;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registrations per second when 500 people register at the same moment for an event of 100 seats, on the run's
 * embedded MariaDB: each registration takes the event's row lock, a seat or a waitlist place, and writes its
 * confirmation email to the outbox. Two unmeasured rounds warm the JIT and the connection pool first. Prints
 * {@code BENCH <name> <value> <unit>}; asserts only that nothing was overbooked. Runs with {@code -Pbench}.
 */
@Tag("bench")
@IntegrationTest
class EventsBenchmark {

    static final int PEOPLE = 500;
    static final int SEATS = 100;
    static final int WARM_UP_ROUNDS = 2;

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired Roles roles;

    @Test
    void registrationsPerSecondUnder500WayConcurrency() throws Exception {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            round();
        }
        Round measured = round();
        System.out.printf(Locale.ROOT, "BENCH events.registrations.per_second %.0f /s%n",
                PEOPLE / (measured.nanos() / 1e9));
        System.out.printf(Locale.ROOT, "BENCH events.registrations.confirmed %d of %d%n", measured.confirmed(),
                PEOPLE);
        System.out.printf(Locale.ROOT, "BENCH events.registrations.waitlisted %d of %d%n", measured.waitlisted(),
                PEOPLE);
        assertThat(measured.confirmed()).isEqualTo(SEATS);
        assertThat(measured.waitlisted()).isEqualTo(PEOPLE - SEATS);
    }

    record Round(long nanos, long confirmed, long waitlisted) {
    }

    private Round round() throws Exception {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Bench "
                + EventFixtures.tag(), SEATS, null));
        String tag = EventFixtures.tag();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Placed>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PEOPLE)) {
            for (int i = 0; i < PEOPLE; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return registrations.registerGuest(eventId, new Guest("Bench", "Person " + n,
                            "bench-" + tag + "-" + n + "@example.org"), List.of());
                }));
            }
            Thread.sleep(200); // every thread is waiting at the gate
            long began = System.nanoTime();
            start.countDown();
            List<Placed> placed = new ArrayList<>();
            for (Future<List<Placed>> f : futures) {
                placed.addAll(f.get());
            }
            long nanos = System.nanoTime() - began;
            return new Round(nanos, placed.stream().filter(p -> p.status() == RegistrationStatus.CONFIRMED).count(),
                    placed.stream().filter(p -> p.status() == RegistrationStatus.WAITLISTED).count());
        }
    }
}
