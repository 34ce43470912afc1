package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.collegium.accounts.domain.Role;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.service.CeEntry;
import org.collegium.credentials.service.CeLedger;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.AttendanceService.RosterEntry;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.CeCategories;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.RegistrationService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16: an event's CE award is a row of the CE ledger in the event's categories; undoing the attendance or
 * voiding the certificate withdraws it, restoring records it again, and a change of the event's categories
 * corrects the rows already there.
 */
@IntegrationTest
class EventCeLedgerTest {

    private static final String MEMBER = "member@example.org";

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CeLedger ledger;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    EventFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EventFixtures(events, roles);
    }

    @AfterEach
    void clear() {
        roles.clear();
        clock.reset();
    }

    @Test
    void anAwardIsALedgerRowThatUndoingWithdrawsAndRestoringRecordsAgain() {
        EventForm form = EventFixtures.training("Ledger " + EventFixtures.tag(), 10, null)
                .withCe(new CeCategories(CeFormality.FORMAL, Set.of(CeTopic.ETHICS, CeTopic.GROUP_PSYCHOTHERAPY)));
        long eventId = fixtures.publish(form);
        long registration = register(eventId);
        RosterEntry entry = attend(eventId, registration);

        CeEntry row = row(entry.creditId()).orElseThrow();
        assertThat(row.memberId()).isEqualTo(memberId());
        assertThat(row.hours()).isEqualByComparingTo(new BigDecimal("6"));
        assertThat(row.formality()).isEqualTo(CeFormality.FORMAL);
        assertThat(row.topics()).containsExactlyInAnyOrder(CeTopic.ETHICS, CeTopic.GROUP_PSYCHOTHERAPY);
        assertThat(row.delivery()).as("a hybrid event's attendance counts as online").isEqualTo(CeDelivery.ONLINE);
        assertThat(row.earnedOn()).isEqualTo(fixtures.startOf(eventId).atZone(ZoneId.of("America/New_York"))
                .toLocalDate());
        assertThat(row.title()).isEqualTo(form.title());

        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(registration, RegistrationStatus.CONFIRMED);
        assertThat(row(entry.creditId())).as("undone").isEmpty();
        attendance.mark(registration, RegistrationStatus.ATTENDED);
        assertThat(row(entry.creditId())).as("restored, the same certificate").isPresent();
    }

    @Test
    void voidingTheCertificatesOfACancelledEventWithdrawsTheirRows() {
        long eventId = fixtures.publish(EventFixtures.training("Void " + EventFixtures.tag(), 10, null));
        long registration = register(eventId);
        RosterEntry entry = attend(eventId, registration);
        assertThat(row(entry.creditId())).isPresent();

        roles.actAs("board@example.org", Role.BOARD);
        events.cancel(eventId, true);
        assertThat(row(entry.creditId())).isEmpty();
    }

    @Test
    void changingTheEventsCategoriesAndFormatCorrectsTheRowsAlreadyRecorded() {
        long eventId = fixtures.publish(EventFixtures.training("Topics " + EventFixtures.tag(), 10, null)
                .withCe(new CeCategories(CeFormality.FORMAL, Set.of(CeTopic.CLINICAL))));
        RosterEntry entry = attend(eventId, register(eventId));

        roles.actAs("board@example.org", Role.BOARD);
        EventForm loaded = events.load(eventId).form();
        assertThat(loaded.ce()).isEqualTo(new CeCategories(CeFormality.FORMAL, Set.of(CeTopic.CLINICAL)));
        EventForm inPerson = new EventForm(loaded.kind(), loaded.title(), loaded.description(), loaded.startsAt(),
                loaded.endsAt(), EventFormat.IN_PERSON, loaded.venue(), null, loaded.capacity(),
                loaded.memberPrice(), loaded.nonMemberPrice(), loaded.earlyBirdPrice(), loaded.earlyBirdUntil(),
                loaded.registrationOpens(), loaded.registrationCloses(), loaded.cancelCutoffHours(),
                loaded.ceHours(), loaded.ceType(), loaded.hostId(), loaded.timeZone(), loaded.version(),
                loaded.offerHours(), new CeCategories(CeFormality.INFORMAL, Set.of(CeTopic.DEI)));
        events.save(eventId, inPerson);

        CeEntry row = row(entry.creditId()).orElseThrow();
        assertThat(row.formality()).isEqualTo(CeFormality.INFORMAL);
        assertThat(row.topics()).containsExactly(CeTopic.DEI);
        assertThat(row.delivery()).isEqualTo(CeDelivery.IN_PERSON);

        // a form that names no categories (older callers) leaves them as they are
        EventForm again = events.load(eventId).form();
        events.save(eventId, again.withCe(null));
        assertThat(events.load(eventId).form().ce().topics()).containsExactly(CeTopic.DEI);
    }

    @Test
    void topicsOnAnEventWithoutCeAndOtherWithAnotherTopicAreRefusedNextToTheField() {
        roles.actAs("board@example.org", Role.BOARD);
        EventForm t = EventFixtures.training("Refused " + EventFixtures.tag(), 10, null);
        EventForm noHours = new EventForm(t.kind(), t.title(), t.description(), t.startsAt(), t.endsAt(), t.format(),
                t.venue(), t.onlineLink(), t.capacity(), t.memberPrice(), t.nonMemberPrice(), null, null, null, null,
                48, BigDecimal.ZERO, null, null, null, 0, null, new CeCategories(CeFormality.FORMAL,
                        Set.of(CeTopic.ETHICS)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.save(null, noHours))
                .isInstanceOfSatisfying(org.collegium.base.service.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("ceTopics"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.save(null, t.withCe(
                new CeCategories(null, Set.of(CeTopic.OTHER, CeTopic.DEI)))))
                .isInstanceOfSatisfying(org.collegium.base.service.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("ceTopics", "ceFormality"));
    }

    private long register(long eventId) {
        roles.actAs(MEMBER, Role.MEMBER);
        try {
            return registrations.register(eventId, List.of()).getFirst().registrationId();
        } finally {
            roles.clear();
        }
    }

    private RosterEntry attend(long eventId, long registration) {
        clock.set(fixtures.startOf(eventId).plus(Duration.ofMinutes(5)));
        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(registration, RegistrationStatus.ATTENDED);
        RosterEntry entry = attendance.roster(eventId, null, "").entries().stream()
                .filter(e -> e.registrationId() == registration).findFirst().orElseThrow();
        roles.clear();
        return entry;
    }

    private Optional<CeEntry> row(long creditId) {
        LocalDate today = LocalDate.now();
        return transactions.execute(t -> ledger.earned(memberId(), today.minusYears(2), today.plusYears(2)))
                .stream().filter(e -> e.source() == CeSource.EVENT && e.sourceRef() == creditId).findFirst();
    }

    private long memberId() {
        return jdbc.queryForObject("select member_id from user_account where email = ?", Long.class, MEMBER);
    }
}
