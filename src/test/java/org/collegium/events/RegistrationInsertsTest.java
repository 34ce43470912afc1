package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.CurrentActor;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationInserts.NewRegistration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of guests writes its registrations with JDBC (RegistrationInserts), not through Hibernate: the rows must
 * read back exactly as a saved registration's do, every column, so that the two ways of writing one never differ.
 */
@IntegrationTest
class RegistrationInsertsTest {

    @Autowired EventService events;
    @Autowired EventRepository eventRows;
    @Autowired RegistrationRepository registrations;
    @Autowired TransactionTemplate transactions;
    @Autowired CurrentActor actor;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    @AfterEach
    void clear() {
        roles.clear();
        clock.reset();
    }

    @Test
    void aRegistrationWrittenInABatchReadsBackAsTheSameOneSavedDoes() {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Inserts "
                + EventFixtures.tag(), 5, null));
        Instant now = Instant.parse("2026-03-04T05:06:07.123456Z"); // micros, which DATETIME(6) keeps
        clock.set(now);
        roles.actAs("inserts@example.org", Role.BOARD);
        String tag = EventFixtures.tag();
        List<Long> ids = transactions.execute(tx -> {
            Event event = eventRows.findById(eventId).orElseThrow();
            Registration saved = registrations.save(held(event, "saved-" + tag + "@example.org", now));
            List<Long> inserted = registrations.insertAll(List.of(
                    new NewRegistration(held(event, "batched-" + tag + "@example.org", now), actor.name()),
                    new NewRegistration(held(event, "second-" + tag + "@example.org", now), "Someone else")), now);
            return List.of(saved.getId(), inserted.get(0), inserted.get(1));
        });
        assertThat(ids).as("in the order written: the arrival order").isSorted().doesNotHaveDuplicates();
        transactions.executeWithoutResult(tx -> {
            Registration saved = registrations.findById(ids.get(0)).orElseThrow();
            Registration batched = registrations.findById(ids.get(1)).orElseThrow();
            assertThat(batched).usingRecursiveComparison().ignoringFields("id", "email", "holdTokenHash", "event")
                    .isEqualTo(saved);
            assertThat(batched.getEvent().getId()).isEqualTo(eventId);
            assertThat(batched.getEmail()).startsWith("batched-");
            assertThat(batched.getHoldTokenHash()).startsWith("batched-");
            assertThat(batched.getCreatedBy()).isEqualTo("inserts@example.org");
            assertThat(batched.getHoldUntil()).isEqualTo(now.plus(Duration.ofMinutes(30)));
            Registration second = registrations.findById(ids.get(2)).orElseThrow();
            assertThat(second.getCreatedBy()).isEqualTo("Someone else");
            assertThat(second.getUpdatedBy()).isEqualTo("Someone else");
        });
    }

    private static Registration held(Event event, String email, Instant now) {
        Registration r = new Registration(event, null, null, "Ines", "Ertz", email, RegistrationStatus.PENDING,
                new BigDecimal("45.50"), PriceKind.NON_MEMBER, now);
        r.hold(RegistrationStatus.PENDING_WAITLIST, now.plus(Duration.ofMinutes(30)), now.plusSeconds(60),
                (email + "-".repeat(64)).substring(0, 64), now); // a token's hash is unique
        return r;
    }
}
