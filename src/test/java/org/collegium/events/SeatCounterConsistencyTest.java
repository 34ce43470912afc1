package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.HeldSeats;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event's seat counter (seats_taken, changed by the quick guest registration with an atomic update and by every
 * other path through the locked entity) always equals the registrations that hold a seat, after random histories of
 * guest and member registrations, repeated registrations of one address, confirmed links, lapsed holds (swept or
 * not), organiser cancellations, offers claimed, and attendance marks (attended, no-show). After every step also:
 * the capacity is never passed, nobody waits while a seat is free, and a freed seat always went to the earliest on
 * the waitlist. Seeded, so that a failure repeats.
 */
@IntegrationTest
class SeatCounterConsistencyTest {

    static final List<RegistrationStatus> SEAT = List.of(RegistrationStatus.values()).stream()
            .filter(RegistrationStatus::holdsSeat).toList();

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired HeldSeats heldSeats;
    @Autowired OutboxMessageRepository outbox;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @AfterEach
    void clear() {
        roles.clear();
        clock.reset();
    }

    @ParameterizedTest(name = "seed {0}, {1} seats, offers for {2} hours (0: given at once)")
    @CsvSource({"1, 3, 0", "2, 3, 24", "3, 1, 24", "4, 5, 0", "5, 2, 1"})
    void theCounterEqualsTheRowsAfterARandomHistory(long seed, int capacity, int offerHours) {
        Random random = new Random(seed);
        EventFixtures fixtures = new EventFixtures(events, roles);
        long eventId = fixtures.publish(withOfferHours(EventFixtures.training("Counter " + EventFixtures.tag(),
                capacity, null), offerHours == 0 ? null : offerHours));
        List<String> guests = new ArrayList<>();
        String tag = EventFixtures.tag();
        check(eventId, capacity, Map.of());
        for (int step = 0; step < 60; step++) {
            Map<Long, RegistrationStatus> before = statuses(eventId);
            int op = random.nextInt(10);
            switch (op) {
                case 0, 1, 2 -> { // a new guest
                    String email = "counter-" + tag + "-" + guests.size() + "@example.org";
                    guests.add(email);
                    registrations.registerGuest(eventId, new Guest("Guest", "No " + guests.size(), email), List.of());
                }
                case 3 -> { // the same address again: a fresh link or "already registered", nothing booked
                    if (!guests.isEmpty()) {
                        String email = guests.get(random.nextInt(guests.size()));
                        registrations.registerGuest(eventId, new Guest("Again", "Same", email), List.of());
                    }
                }
                case 4 -> { // a guest opens their latest link
                    if (!guests.isEmpty()) {
                        registrations.confirm(EventFixtures.confirmToken(outbox,
                                guests.get(random.nextInt(guests.size()))));
                    }
                }
                case 5 -> { // time passes: holds lapse (swept now or at the next lock)
                    clock.advance(Duration.ofMinutes(20 + random.nextInt(30)));
                    if (random.nextBoolean()) {
                        heldSeats.sweep();
                    }
                }
                case 6, 7 -> { // the organiser cancels someone's place
                    List<Long> active = before.entrySet().stream().filter(e -> e.getValue().isActive())
                            .map(Map.Entry::getKey).sorted().toList();
                    if (!active.isEmpty()) {
                        long id = active.get(random.nextInt(active.size()));
                        roles.as("board@example.org", Role.BOARD, () -> {
                            attendance.cancelRegistration(id);
                            return null;
                        });
                    }
                }
                case 8 -> { // a guest claims a seat offered to them
                    for (String email : guests) {
                        if (jdbc.queryForObject("select count(*) from registration where event_id = ? and email = ?"
                                + " and status = 'OFFERED'", Long.class, eventId, email) > 0) {
                            registrations.claim(EventFixtures.claimToken(outbox, email));
                            break;
                        }
                    }
                }
                default -> { // a member registers (once)
                    String member = random.nextBoolean() ? "member@example.org" : "facilitator@example.org";
                    roles.actAs(member, Role.MEMBER);
                    try {
                        registrations.register(eventId, List.of());
                    } catch (BusinessRuleException alreadyRegistered) {
                        // registered already: nothing changes
                    } finally {
                        roles.clear();
                    }
                }
            }
            check(eventId, capacity, before);
        }
        // the day comes: the organiser marks who came and who did not
        clock.set(fixtures.startOf(eventId).minus(Duration.ofMinutes(30)));
        heldSeats.sweep();
        for (Map.Entry<Long, RegistrationStatus> e : statuses(eventId).entrySet()) {
            if (e.getValue() == RegistrationStatus.CONFIRMED) {
                Map<Long, RegistrationStatus> before = statuses(eventId);
                roles.as("board@example.org", Role.BOARD, () -> {
                    attendance.mark(e.getKey(), random.nextBoolean() ? RegistrationStatus.NO_SHOW
                            : RegistrationStatus.ATTENDED);
                    return null;
                });
                check(eventId, capacity, before);
            }
        }
    }

    private void check(long eventId, int capacity, Map<Long, RegistrationStatus> before) {
        Map<Long, RegistrationStatus> now = statuses(eventId);
        int counter = jdbc.queryForObject("select seats_taken from event where id = ?", Integer.class, eventId);
        long holdingSeats = now.values().stream().filter(SEAT::contains).count();
        assertThat(counter).as("the counter against the rows: %s", now).isEqualTo((int) holdingSeats);
        assertThat(counter).as("never overbooked").isLessThanOrEqualTo(capacity);
        if (counter < capacity) {
            assertThat(now.values()).as("nobody waits while a seat is free: %s", now)
                    .doesNotContain(RegistrationStatus.WAITLISTED);
        }
        // a seat given from the waitlist went to the earliest still waiting
        List<Long> promoted = before.entrySet().stream().filter(e -> e.getValue() == RegistrationStatus.WAITLISTED)
                .filter(e -> SEAT.contains(now.get(e.getKey()))).map(Map.Entry::getKey).toList();
        for (long id : promoted) {
            assertThat(now.entrySet()).as("no one who waited longer than %d is still waiting: %s", id, now)
                    .noneMatch(e -> e.getKey() < id && e.getValue() == RegistrationStatus.WAITLISTED
                            && before.get(e.getKey()) == RegistrationStatus.WAITLISTED);
        }
    }

    private Map<Long, RegistrationStatus> statuses(long eventId) {
        Map<Long, RegistrationStatus> map = new HashMap<>();
        jdbc.query("select id, status from registration where event_id = ? and session_id is null", rs -> {
            map.put(rs.getLong(1), RegistrationStatus.valueOf(rs.getString(2)));
        }, eventId);
        return map;
    }

    private static EventForm withOfferHours(EventForm t, Integer hours) {
        return new EventForm(t.kind(), t.title(), t.description(), t.startsAt(), t.endsAt(), t.format(), t.venue(),
                t.onlineLink(), t.capacity(), t.memberPrice(), t.nonMemberPrice(), t.earlyBirdPrice(),
                t.earlyBirdUntil(), t.registrationOpens(), t.registrationCloses(), t.cancelCutoffHours(), t.ceHours(),
                t.ceType(), t.hostId(), t.version(), hours);
    }
}
