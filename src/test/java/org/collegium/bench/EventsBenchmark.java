package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.collegium.events.EventFixtures;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventService;
import org.collegium.events.service.RegistrationService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registrations per second when 500 people register at the same moment for an event of 100 seats, on the run's
 * embedded MariaDB: each registration takes the event's row lock, a seat or a waitlist place, and writes its
 * confirmation email to the outbox. Unmeasured rounds warm the JIT and the connection pool first (see
 * {@link #WARM_UP_ROUNDS}); the
 * median of three measured rounds is printed as {@code BENCH <name> <value> <unit>}. Asserts only that nothing
 * was overbooked. Runs with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@IntegrationTest
class EventsBenchmark {

    static final int PEOPLE = 500;
    static final int SEATS = 100;
    /**
     * Thirty rounds, 15,000 registrations: the optimising compiler takes a method after about 10,000 calls. With six
     * (3,000) its threads were still compiling the registration's code in the measured rounds: 4.14 ms of the JVM's
     * CPU per registration and 264/s, against 1.66 ms and 444/s after thirty (2026-12-07, the same code).
     * {@code -Dbench.events.warm-up-rounds} for another count.
     */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.events.warm-up-rounds", 30);
    static final int MEASURED_ROUNDS = 3;

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired Roles roles;
    @Autowired RegistrationRepository repository;

    @Test
    void registrationsPerSecondUnder500WayConcurrency() throws Exception {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            round();
        }
        List<Round> runs = new ArrayList<>();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            Round r = round();
            System.out.printf(Locale.ROOT, "events round %d: %.0f /s, CPU %.2f ms in the calls, %.2f ms app + %.2f ms db per registration%n",
                    i + 1, PEOPLE / (r.nanos() / 1e9), r.callCpuNanos() / 1e6 / PEOPLE, r.appCpuNanos() / 1e6 / PEOPLE, r.dbCpuNanos() / 1e6 / PEOPLE);
            runs.add(r);
        }
        runs.sort(Comparator.comparingLong(Round::nanos));
        Round measured = runs.get(MEASURED_ROUNDS / 2); // the median round
        System.out.printf(Locale.ROOT, "BENCH events.registrations.per_second %.0f /s%n",
                PEOPLE / (measured.nanos() / 1e9));
        System.out.printf(Locale.ROOT, "BENCH events.registrations.cpu_calls %.2f ms per registration%n",
                measured.callCpuNanos() / 1e6 / PEOPLE);
        System.out.printf(Locale.ROOT, "BENCH events.registrations.cpu_app %.2f ms per registration%n",
                measured.appCpuNanos() / 1e6 / PEOPLE);
        System.out.printf(Locale.ROOT, "BENCH events.registrations.cpu_db %.2f ms per registration%n",
                measured.dbCpuNanos() / 1e6 / PEOPLE);
        System.out.printf(Locale.ROOT, "BENCH events.registrations.confirmed %d of %d%n", measured.confirmed(),
                PEOPLE);
        System.out.printf(Locale.ROOT, "BENCH events.registrations.waitlisted %d of %d%n", measured.waitlisted(),
                PEOPLE);
        assertThat(measured.confirmed()).isEqualTo(SEATS);
        assertThat(measured.waitlisted()).isEqualTo(PEOPLE - SEATS);
    }

    /**
     * One round: its time from the gate, the CPU this JVM (app and benchmark threads, GC, JIT) and the embedded
     * database's server process spent meanwhile, and its outcome.
     */
    record Round(long nanos, long callCpuNanos, long appCpuNanos, long dbCpuNanos, long confirmed, long waitlisted) {
    }

    /** CPU time this JVM has used so far. */
    private static long appCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time the embedded MariaDB server (this JVM's child process) has used so far; 0 when it is elsewhere. */
    private static long dbCpu() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    private Round round() throws Exception {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Bench "
                + EventFixtures.tag(), SEATS, null));
        long app = appCpu();
        long db = dbCpu();
        EventFixtures.Rush rush = EventFixtures.registerAllAtOnce(registrations, eventId, null, PEOPLE);
        app = appCpu() - app;
        db = dbCpu() - db;
        // a guest's registration holds its seat (or waits for the waitlist) until its emailed link is opened
        var roster = repository.findRoster(eventId, null);
        return new Round(rush.nanos(), rush.callCpuNanos(), app, db, roster.stream().filter(r -> r.getStatus() == RegistrationStatus.PENDING)
                .count(), roster.stream().filter(r -> r.getStatus() == RegistrationStatus.PENDING_WAITLIST).count());
    }
}
