package org.collegium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.domain.FieldChange;
import org.collegium.base.service.AuditActions;
import org.collegium.base.service.CurrentActor;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.EventFixtures;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeForm;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a person changes is in the audit log, by them, with before and after: one row per kind of change,
 * made through the service as the person would; and the trail names only record types the filter offers.
 */
@IntegrationTest
class AuditTrailTest {

    /** A change made through a service: which record it touched, and which field must show before/after. */
    record Made(String entityType, Object entityId, String action, String field, String before, String after) {
    }

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired GroupService groups;
    @Autowired RosterService roster;
    @Autowired SessionService sessions;
    @Autowired MembershipTypeService types;
    @Autowired AccountBootstrap bootstrap;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository typeRepository;
    @Autowired AuditEntryRepository audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("an event created", (Scenario) AuditTrailTest::eventCreated),
                Arguments.of("an event edited", (Scenario) AuditTrailTest::eventEdited),
                Arguments.of("an event session added", (Scenario) AuditTrailTest::sessionAdded),
                Arguments.of("an event published", (Scenario) AuditTrailTest::eventPublished),
                Arguments.of("an event cancelled", (Scenario) AuditTrailTest::eventCancelled),
                Arguments.of("attendance marked", (Scenario) AuditTrailTest::attendanceMarked),
                Arguments.of("a CE credit awarded", (Scenario) AuditTrailTest::ceAwarded),
                Arguments.of("a CE credit withdrawn", (Scenario) AuditTrailTest::ceWithdrawn),
                Arguments.of("a registration cancelled by the organiser", (Scenario) AuditTrailTest::cancelledForThem),
                Arguments.of("a join request approved", (Scenario) AuditTrailTest::joinApproved),
                Arguments.of("a meeting link set", (Scenario) AuditTrailTest::linkSet),
                Arguments.of("a membership type changed", (Scenario) AuditTrailTest::typeChanged));
    }

    interface Scenario {
        Made run(AuditTrailTest t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void eachChangeIsAuditedWithBeforeAndAfterByThePersonWhoMadeIt(String what, Scenario scenario) {
        Made made = scenario.run(this);
        List<AuditEntry> entries = audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(made.entityType(),
                String.valueOf(made.entityId()));
        assertThat(entries).as(what).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(made.action());
            assertThat(e.getActor()).isNotEqualTo(CurrentActor.SYSTEM).contains("@example.org");
            assertThat(e.getChanges()).contains(new FieldChange(made.field(), made.before(), made.after()));
        });
        assertThat(AuditActions.recordType(made.entityType())).as("the filter offers " + made.entityType())
                .isPresent();
        assertThat(AuditActions.label(made.action())).doesNotContain("_");
    }

    @Test
    void everyRecordTypeTheTrailHoldsIsOfferedByTheFilter() {
        List<String> written = jdbc.queryForList("select distinct entity_type from audit_entry", String.class);
        assertThat(written).isNotEmpty().allSatisfy(type -> assertThat(AuditActions.recordType(type))
                .as(type).isPresent());
    }

    private Made eventCreated() {
        String title = "Audited " + EventFixtures.tag();
        long id = roles.as("board@example.org", Role.BOARD, () -> events.save(null, EventFixtures.training(title, 5,
                null)));
        return new Made("Event", id, "EVENT_CREATED", "title", null, title);
    }

    private Made eventEdited() {
        long id = (long) eventCreated().entityId();
        roles.as("board@example.org", Role.BOARD, () -> {
            EventForm f = events.load(id).form();
            return events.save(id, new EventForm(f.kind(), f.title(), f.description(), f.startsAt(), f.endsAt(),
                    f.format(), f.venue(), f.onlineLink(), 12, new BigDecimal("95.00"), f.nonMemberPrice(),
                    f.earlyBirdPrice(), f.earlyBirdUntil(), f.registrationOpens(), f.registrationCloses(),
                    f.cancelCutoffHours(), f.ceHours(), f.ceType(), f.hostId(), f.version()));
        });
        return new Made("Event", id, "EVENT_UPDATED", "memberPrice", "120", "95");
    }

    private Made sessionAdded() {
        long event = (long) eventCreated().entityId();
        long session = new EventFixtures(events, roles).addSession(event, "Morning", 10, 9, 2);
        return new Made("EventSession", session, "EVENT_SESSION_ADDED", "title", null, "Morning");
    }

    private Made eventPublished() {
        long id = published();
        return new Made("Event", id, "EVENT_PUBLISHED", "status", "DRAFT", "PUBLISHED");
    }

    private Made eventCancelled() {
        long id = published();
        roles.as("board@example.org", Role.BOARD, () -> events.cancel(id, false));
        return new Made("Event", id, "EVENT_CANCELLED", "status", "PUBLISHED", "CANCELLED");
    }

    private Made attendanceMarked() {
        long registration = registered();
        markAs(registration, RegistrationStatus.NO_SHOW);
        return new Made("Registration", registration, "ATTENDANCE_MARKED", "status", "CONFIRMED", "NO_SHOW");
    }

    private Made ceAwarded() {
        long registration = registered();
        markAs(registration, RegistrationStatus.ATTENDED);
        long credit = creditOf(registration);
        return new Made("CeCredit", credit, "CE_AWARDED", "hours", null, "6");
    }

    private Made ceWithdrawn() {
        long registration = registered();
        markAs(registration, RegistrationStatus.ATTENDED);
        markAs(registration, RegistrationStatus.CONFIRMED);
        return new Made("CeCredit", creditOf(registration), "CE_WITHDRAWN", "withdrawn", "false", "true");
    }

    private Made cancelledForThem() {
        long registration = registered();
        roles.as("board@example.org", Role.BOARD, () -> {
            attendance.cancelRegistration(registration);
            return null;
        });
        return new Made("Registration", registration, "REGISTRATION_CANCELLED_BY_ORGANISER", "status", "CONFIRMED",
                "CANCELLED");
    }

    private Made joinApproved() {
        GroupFixtures fixtures = groupFixtures();
        LocalDate today = LocalDate.of(2026, 10, 20);
        Person f = fixtures.facilitator("Audra", today);
        Person m = fixtures.member("Abe", true, today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        fixtures.actAs(m);
        roster.requestToJoin(g, true);
        fixtures.actAs(f);
        roster.approve(roster.roster(g).stream().filter(e -> e.memberId() == m.memberId()).findFirst()
                .orElseThrow().membershipId());
        return new Made("PeerGroup", g, "GROUP_JOIN_APPROVED", "status", "REQUESTED", "ACTIVE");
    }

    private Made linkSet() {
        GroupFixtures fixtures = groupFixtures();
        LocalDate today = LocalDate.of(2026, 10, 20);
        Person f = fixtures.facilitator("Lin", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        fixtures.actAs(f);
        sessions.setLink(sessions.managedSessions(g).getFirst().id(), "https://meet.example.org/secret-room");
        return new Made("PeerGroup", g, "GROUP_SESSION_LINK_SET", "meetingLink", null,
                "meet.example.org (new link)");
    }

    private Made typeChanged() {
        return roles.as("board@example.org", Role.BOARD, () -> {
            String name = "Audited type " + UUID.randomUUID().toString().substring(0, 8);
            var created = types.create(new TypeForm(name, null, new BigDecimal("50.00"), 12, 30, 30, false, true, 0));
            types.update(created.id(), new TypeForm(name, null, new BigDecimal("75.00"), 12, 30, 30, false, true,
                    created.version()));
            return new Made("MembershipType", created.id(), "MEMBERSHIP_TYPE_UPDATED", "dues", "50.00", "75.00");
        });
    }

    private GroupFixtures groupFixtures() {
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        return new GroupFixtures(memberRepository, typeRepository, bootstrap, groups, roles);
    }

    private long published() {
        return new EventFixtures(events, roles).publish(EventFixtures.training("Audited " + EventFixtures.tag(), 5,
                null));
    }

    private long registered() {
        long event = published();
        return roles.as("member@example.org", Role.MEMBER, () -> registrations.register(event, List.of()))
                .getFirst().registrationId();
    }

    /** Attendance is recorded only once the event has begun: on its day, then back to the clock the test had. */
    private void markAs(long registration, RegistrationStatus status) {
        long event = jdbc.queryForObject("select event_id from registration where id = ?", Long.class, registration);
        clock.set(new EventFixtures(events, roles).startOf(event));
        try {
            roles.as("board@example.org", Role.BOARD, () -> {
                attendance.mark(registration, status);
                return null;
            });
        } finally {
            clock.reset();
        }
    }

    private long creditOf(long registration) {
        return jdbc.queryForObject("select id from ce_credit where registration_id = ?", Long.class, registration);
    }
}
