package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.collegium.accounts.domain.Role;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.CurrentActor;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.LinkAnswer;
import org.collegium.events.service.RegistrationService.LinkEmailed;
import org.collegium.events.service.RegistrationService.LinkState;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Never overbooked, holds included: 500 people (distinct non-members from the public page) register at the same
 * moment for 100 seats. Exactly 100 hold a seat while their emailed link waits and 400 wait to join the waitlist;
 * when all 500 open their links at once, exactly 100 are confirmed and 400 waitlisted, in arrival order, and
 * nobody gets an error. Holds that lapsed are free to the next rush before any job has run.
 */
@IntegrationTest
class RegistrationConcurrencyTest {

    static final int PEOPLE = 500;
    static final int SEATS = 100;

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired RegistrationRepository repository;
    @Autowired OutboxMessageRepository outbox;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveHundredSimultaneousRegistrationsForAHundredSeats() throws Exception {
        EventFixtures fixtures = new EventFixtures(events, roles);
        long eventId = fixtures.publish(EventFixtures.training("Rush " + EventFixtures.tag(), SEATS, null));

        EventFixtures.Rush rush = EventFixtures.registerAllAtOnce(registrations, eventId, null, PEOPLE);
        assertHeld(repository.findRoster(eventId, null));
        assertThat(seatsTaken(eventId)).isEqualTo(SEATS);

        List<LinkAnswer> answers = confirmAllAtOnce(EventFixtures.emails(rush));
        assertThat(answers).extracting(LinkAnswer::state).containsOnly(LinkState.CONFIRMED, LinkState.WAITLISTED);
        assertOutcome(repository.findRoster(eventId, null));
        assertThat(seatsTaken(eventId)).isEqualTo(SEATS);
    }

    @Test
    void fiveHundredSimultaneousRegistrationsForAHundredSeatSessionOfAConference() throws Exception {
        EventFixtures fixtures = new EventFixtures(events, roles);
        EventForm training = EventFixtures.training("Conference " + EventFixtures.tag(), 1000, null);
        EventForm conference = new EventForm(EventKind.CONFERENCE, training.title(), training.description(),
                training.startsAt(), training.endsAt(), training.format(), training.venue(), training.onlineLink(),
                1000, training.memberPrice(), training.nonMemberPrice(), null, null, null, null, 48,
                training.ceHours(), training.ceType(), null, 0);
        long eventId = fixtures.publish(conference);
        long sessionId = fixtures.addSession(eventId, "Popular session", SEATS, 10, 2);

        EventFixtures.Rush rush = EventFixtures.registerAllAtOnce(registrations, eventId, sessionId, PEOPLE);
        assertThat(repository.findRoster(eventId, null)).hasSize(PEOPLE)
                .allMatch(r -> r.getStatus() == RegistrationStatus.PENDING);
        assertHeld(repository.findRoster(eventId, sessionId));

        confirmAllAtOnce(EventFixtures.emails(rush));
        assertThat(repository.findRoster(eventId, null)).hasSize(PEOPLE)
                .allMatch(r -> r.getStatus() == RegistrationStatus.CONFIRMED);
        assertOutcome(repository.findRoster(eventId, sessionId));
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(events.sessions(eventId).getFirst().seatsTaken()).isEqualTo(SEATS);
        assertThat(events.load(eventId).seatsTaken()).isEqualTo(PEOPLE);
        roles.clear();
    }

    @Test
    void theSamePersonRegisteringTwentyTimesAtOnceGetsOnePlaceAndTheSameAnswer() throws Exception {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Twice "
                + EventFixtures.tag(), SEATS, null));
        String email = "eager-" + EventFixtures.tag() + "@example.org";
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LinkEmailed>> futures = new ArrayList<>();
        List<LinkEmailed> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return registrations.registerGuest(eventId, new Guest("Eager", "Person", email), List.of());
                }));
            }
            start.countDown();
            for (Future<LinkEmailed> f : futures) {
                answers.add(f.get());
            }
        }
        assertThat(answers).hasSize(20).containsOnly(answers.getFirst());
        assertThat(repository.findRoster(eventId, null)).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(RegistrationStatus.PENDING));
        // each answer emailed a link; only the latest one works
        assertThat(registrations.confirm(EventFixtures.confirmToken(outbox, email)).state())
                .isEqualTo(LinkState.CONFIRMED);
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    /**
     * Guests registering at the same moment are registered in batches (RegistrationService#registerGuest); a batch
     * leaves out, to the single path, the addresses registered already and the second of the same address. Here 50
     * addresses registered before the rush, 100 new ones come twice each and 100 once: each address has one
     * registration, the first to arrive hold the seats left, each new guest's one email tells them what their
     * registration is, and every row names
     * the caller who made it.
     */
    @Test
    void aRushOfNewRepeatedAndKnownAddressesRegistersEachAddressOnceWithItsOwnEmail() throws Exception {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Mixed rush "
                + EventFixtures.tag(), SEATS, null));
        String tag = EventFixtures.tag();
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            known.add("known-" + tag + "-" + i + "@example.org");
            registrations.registerGuest(eventId, new Guest("Known", "Number " + i, known.getLast()), List.of());
        }
        List<String> calls = new ArrayList<>(known);
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fresh.add("fresh-" + tag + "-" + i + "@example.org");
            calls.add(fresh.getLast());
            if (i < 100) {
                calls.add(fresh.getLast());
            }
        }
        Collections.shuffle(calls, new java.util.Random(7));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LinkEmailed>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(100)) {
            for (String email : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    // signed in under their address, so that each row names who made it (a batch's leader is
                    // another caller)
                    SecurityContextHolder.getContext().setAuthentication(
                            new TestingAuthenticationToken(email, null, "ROLE_VISITOR"));
                    try {
                        return registrations.registerGuest(eventId, new Guest("Fresh", "Guest", email), List.of());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (int i = 0; i < calls.size(); i++) {
                assertThat(futures.get(i).get().email()).isEqualTo(calls.get(i));
            }
        }

        List<Registration> roster = repository.findRoster(eventId, null);
        assertThat(roster).extracting(Registration::getEmail).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(known.stream(), fresh.stream())
                        .toList());
        assertThat(roster).filteredOn(r -> r.getStatus() == RegistrationStatus.PENDING).hasSize(SEATS);
        assertThat(roster).filteredOn(r -> r.getEmail().startsWith("known-"))
                .allMatch(r -> r.getStatus() == RegistrationStatus.PENDING && r.getFirstName().equals("Known"));
        assertThat(lastId(roster, RegistrationStatus.PENDING)).as("everyone holding arrived before everyone waiting")
                .isLessThan(firstId(roster, RegistrationStatus.PENDING_WAITLIST));
        assertThat(roster).allSatisfy(r -> assertThat(r.getCreatedBy())
                .isEqualTo(r.getEmail().startsWith("known-") ? CurrentActor.SYSTEM : r.getEmail()));
        assertThat(seatsTaken(eventId)).isEqualTo(SEATS);
        String held = Messages.t("events.mail.confirm.held", "@").split("@")[0]; // the words before the time
        String full = Messages.t("events.mail.confirm.full");
        for (Registration r : roster) {
            List<String> bodies = outbox.findByRecipientOrderByIdDesc(r.getEmail()).stream()
                    .map(m -> m.getBody()).toList();
            int repeats = r.getEmail().startsWith("known-") ? 2 : Collections.frequency(calls, r.getEmail());
            assertThat(bodies).as(r.getEmail()).hasSize(repeats)
                    .allMatch(body -> body.contains(r.getStatus() == RegistrationStatus.PENDING ? held : full));
        }
    }

    @Test
    void lapsedHoldsAreFreeToTheNextRushBeforeAnyJobRunsAndTheirLinksBookNothing() throws Exception {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Lapse rush "
                + EventFixtures.tag(), SEATS, null));
        EventFixtures.Rush first = EventFixtures.registerAllAtOnce(registrations, eventId, null, 150);
        List<String> tokens = EventFixtures.emails(first).stream()
                .map(email -> EventFixtures.confirmToken(outbox, email)).toList();
        assertThat(seatsTaken(eventId)).isEqualTo(SEATS);

        clock.set(clock.instant().plus(Duration.ofMinutes(31))); // every first hold has lapsed; no job has run
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
            String tag = EventFixtures.tag();
            for (int i = 0; i < 150; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return registrations.registerGuest(eventId, new Guest("Second", "Rush " + n,
                            "second-" + tag + "-" + n + "@example.org"), List.of());
                }));
                String token = tokens.get(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return registrations.confirm(token);
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                Object answer = f.get();
                if (answer instanceof LinkAnswer link) {
                    assertThat(link.state()).as("a lapsed link books nothing")
                            .isIn(LinkState.LAPSED_FULL, LinkState.LAPSED_SEATS_FREE);
                }
            }
        }
        List<Registration> roster = repository.findRoster(eventId, null);
        assertThat(roster).filteredOn(r -> r.getLastName().startsWith("Number")).extracting(Registration::getStatus)
                .containsOnly(RegistrationStatus.LAPSED);
        assertThat(roster).filteredOn(r -> r.getStatus() == RegistrationStatus.PENDING).hasSize(SEATS)
                .allMatch(r -> r.getFirstName().equals("Second"));
        assertThat(seatsTaken(eventId)).isEqualTo(SEATS);
    }

    private List<LinkAnswer> confirmAllAtOnce(Collection<String> emails) throws Exception {
        List<String> tokens = emails.stream().map(email -> EventFixtures.confirmToken(outbox, email)).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LinkAnswer>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
            for (String token : tokens) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return registrations.confirm(token);
                }));
            }
            start.countDown();
            List<LinkAnswer> answers = new ArrayList<>();
            for (Future<LinkAnswer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        }
    }

    private int seatsTaken(long eventId) {
        return roles.as("board@example.org", Role.BOARD, () -> events.load(eventId).seatsTaken());
    }

    /** Exactly the first hundred to arrive hold a seat; the rest wait to join the waitlist. */
    private static void assertHeld(List<Registration> roster) {
        assertThat(roster).hasSize(PEOPLE);
        assertThat(roster).filteredOn(r -> r.getStatus() == RegistrationStatus.PENDING).hasSize(SEATS);
        assertThat(roster).filteredOn(r -> r.getStatus() == RegistrationStatus.PENDING_WAITLIST)
                .hasSize(PEOPLE - SEATS);
        assertThat(lastId(roster, RegistrationStatus.PENDING)).as("everyone holding arrived before everyone waiting")
                .isLessThan(firstId(roster, RegistrationStatus.PENDING_WAITLIST));
    }

    private static void assertOutcome(List<Registration> roster) {
        assertThat(roster).hasSize(PEOPLE);
        assertThat(roster).filteredOn(r -> r.getStatus() == RegistrationStatus.CONFIRMED).hasSize(SEATS);
        List<Registration> waitlisted = roster.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparingLong(Registration::getId)).toList();
        assertThat(waitlisted).hasSize(PEOPLE - SEATS);
        assertThat(lastId(roster, RegistrationStatus.CONFIRMED)).as("the seats went to those who held them")
                .isLessThan(firstId(roster, RegistrationStatus.WAITLISTED));
    }

    private static long lastId(List<Registration> roster, RegistrationStatus status) {
        return roster.stream().filter(r -> r.getStatus() == status).mapToLong(Registration::getId).max()
                .orElseThrow();
    }

    private static long firstId(List<Registration> roster, RegistrationStatus status) {
        return roster.stream().filter(r -> r.getStatus() == status).mapToLong(Registration::getId).min()
                .orElseThrow();
    }
}
