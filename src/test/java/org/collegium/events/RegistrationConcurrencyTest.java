package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.collegium.accounts.domain.Role;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.Placed;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Never overbooked: 500 people (distinct non-members from the public page) register at the same moment for 100
 * seats. Exactly 100 are confirmed and 400 waitlisted, the waitlist in arrival order, and nobody gets an error.
 */
@IntegrationTest
class RegistrationConcurrencyTest {

    static final int PEOPLE = 500;
    static final int SEATS = 100;

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired RegistrationRepository repository;
    @Autowired Roles roles;

    @Test
    void fiveHundredSimultaneousRegistrationsForAHundredSeats() throws Exception {
        EventFixtures fixtures = new EventFixtures(events, roles);
        long eventId = fixtures.publish(EventFixtures.training("Rush " + EventFixtures.tag(), SEATS, null));

        List<Placed> placed = registerAllAtOnce(eventId, null);

        assertOutcome(placed, repository.findRoster(eventId, null));
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(events.load(eventId).seatsTaken()).isEqualTo(SEATS);
        roles.clear();
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

        List<Placed> placed = registerAllAtOnce(eventId, sessionId);

        assertThat(repository.findRoster(eventId, null)).hasSize(PEOPLE)
                .allMatch(r -> r.getStatus() == RegistrationStatus.CONFIRMED);
        List<Placed> forSession = placed.stream().filter(p -> p.title().endsWith("Popular session")).toList();
        assertOutcome(forSession, repository.findRoster(eventId, sessionId));
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(events.sessions(eventId).getFirst().seatsTaken()).isEqualTo(SEATS);
        assertThat(events.load(eventId).seatsTaken()).isEqualTo(PEOPLE);
        roles.clear();
    }

    @Test
    void theSamePersonRegisteringTwentyTimesAtOnceGetsOnePlace() throws Exception {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Twice "
                + EventFixtures.tag(), SEATS, null));
        String email = "eager-" + EventFixtures.tag() + "@example.org";
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Placed>>> futures = new ArrayList<>();
        int placed = 0;
        int refused = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return registrations.registerGuest(eventId, new Guest("Eager", "Person", email), List.of());
                }));
            }
            start.countDown();
            for (Future<List<Placed>> f : futures) {
                try {
                    placed += f.get().size();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(org.collegium.base.service.BusinessRuleException.class)
                            .hasMessageContaining("already registered");
                    refused++;
                }
            }
        }
        assertThat(placed).isEqualTo(1);
        assertThat(refused).isEqualTo(19);
        assertThat(repository.findRoster(eventId, null)).hasSize(1);
    }

    private List<Placed> registerAllAtOnce(long eventId, Long sessionId) throws Exception {
        return EventFixtures.registerAllAtOnce(registrations, eventId, sessionId, PEOPLE).placed();
    }

    private static void assertOutcome(List<Placed> placed, List<Registration> roster) {
        assertThat(placed).hasSize(PEOPLE);
        assertThat(placed).filteredOn(p -> p.status() == RegistrationStatus.CONFIRMED).hasSize(SEATS);
        List<Placed> waitlisted = placed.stream().filter(p -> p.status() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparingLong(Placed::registrationId)).toList();
        assertThat(waitlisted).hasSize(PEOPLE - SEATS);
        // arrival order: each person was told the next place in the queue, in the order they got the seat lock
        assertThat(waitlisted.stream().mapToLong(Placed::waitlistPosition))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());

        assertThat(roster).hasSize(PEOPLE);
        assertThat(roster).filteredOn(r -> r.getStatus() == RegistrationStatus.CONFIRMED).hasSize(SEATS);
        long lastConfirmed = roster.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                .mapToLong(Registration::getId).max().orElseThrow();
        long firstWaitlisted = roster.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .mapToLong(Registration::getId).min().orElseThrow();
        assertThat(lastConfirmed).as("everyone confirmed arrived before everyone waitlisted")
                .isLessThan(firstWaitlisted);
    }
}
