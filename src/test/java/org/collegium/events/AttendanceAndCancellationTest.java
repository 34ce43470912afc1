package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.AttendanceService.Roster;
import org.collegium.events.service.AttendanceService.RosterEntry;
import org.collegium.events.service.CeService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.CancelImpact;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.MyRegistration;
import org.collegium.events.service.RegistrationService.Placed;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.EventReports;
import org.collegium.reports.service.EventReports.Breakdown;
import org.collegium.reports.service.EventReports.EventFilter;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attendance follows the calendar (from collegium.events.attendance-opens-before, one hour in the tests, before the
 * start; never at a cancelled event), and cancelling an event after attendance withdraws the CE and tells everyone.
 */
@IntegrationTest
class AttendanceAndCancellationTest {

    private static final Duration OPENS_BEFORE = Duration.ofHours(1);

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CeService ce;
    @Autowired PublicEvents publicEvents;
    @Autowired EventReports reports;
    @Autowired OutboxMessageRepository outbox;
    @Autowired RegistrationRepository repository;
    @Autowired MutableClock clock;
    @Autowired SocietyClock societyClock;
    @Autowired Roles roles;
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
    void attendanceIsRefusedAMinuteBeforeTheWindowAndRecordedAtIt() throws Exception {
        long eventId = fixtures.publish(EventFixtures.training("Window " + EventFixtures.tag(), 10, null));
        Placed guest = guest(eventId, new Guest("Wendy", "Window", "wendy-"
                + EventFixtures.tag() + "@example.org"), List.of()).getFirst();
        Instant opens = fixtures.startOf(eventId).minus(OPENS_BEFORE);

        clock.set(opens.minus(Duration.ofMinutes(1)));
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(attendance.roster(eventId, null, "").attendanceClosed()).startsWith("This has not begun");
        for (RegistrationStatus to : List.of(RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW)) {
            assertThatThrownBy(() -> attendance.mark(guest.registrationId(), to))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("has not begun");
        }
        assertThatThrownBy(() -> attendance.markAllAttended(eventId, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("attendance can be recorded from");
        assertThat(attendance.roster(eventId, null, "").entries()).extracting(RosterEntry::status)
                .containsExactly(RegistrationStatus.CONFIRMED);

        clock.set(opens);
        assertThat(attendance.roster(eventId, null, "").attendanceClosed()).isNull();
        assertThat(attendance.markAllAttended(eventId, null)).isEqualTo(1);
        RosterEntry entry = attendance.roster(eventId, null, "").entries().getFirst();
        assertThat(entry.certificateNumber()).isNotNull();

        clock.set(opens.plus(Duration.ofDays(3))); // a late correction does not move the date attended
        attendance.mark(guest.registrationId(), RegistrationStatus.CONFIRMED);
        attendance.mark(guest.registrationId(), RegistrationStatus.ATTENDED);
        PdfReader reader = new PdfReader(attendance.certificate(entry.creditId()).content());
        try {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains(societyClock.formatDate(
                    fixtures.startOf(eventId).atZone(ZoneId.of("America/New_York")).toLocalDate()));
        } finally {
            reader.close();
        }
    }

    @Test
    void aSessionsAttendanceOpensByTheSessionsOwnStart() {
        var t = EventFixtures.training("Sessions " + EventFixtures.tag(), 50, null);
        long eventId = fixtures.publish(t);
        long afternoon = fixtures.addSession(eventId, "Afternoon", 10, 14, 2);
        List<Placed> placed = guest(eventId, new Guest("Sue", "Session", "sue-"
                + EventFixtures.tag() + "@example.org"), List.of(afternoon));
        Placed session = placed.stream().filter(p -> p.title().endsWith("Afternoon")).findFirst().orElseThrow();
        Instant sessionStart = t.startsAt().withHour(14).atZone(ZoneId.of("America/New_York")).toInstant();

        clock.set(sessionStart.minus(OPENS_BEFORE).minus(Duration.ofMinutes(1))); // the event has begun, not it
        roles.actAs("board@example.org", Role.BOARD);
        assertThatThrownBy(() -> attendance.mark(session.registrationId(), RegistrationStatus.ATTENDED))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("has not begun");
        assertThatThrownBy(() -> attendance.markAllAttended(eventId, afternoon))
                .isInstanceOf(BusinessRuleException.class);
        clock.set(sessionStart.minus(OPENS_BEFORE));
        assertThat(attendance.markAllAttended(eventId, afternoon)).isEqualTo(1);
    }

    @Test
    void checkInShowsThePriceCategoryActuallyCharged() {
        long eventId = fixtures.publish(EventFixtures.training("Prices " + EventFixtures.tag(), 10, null));
        registerAs("member@example.org", eventId);
        guest(eventId, new Guest("Nora", "Nonmember", "nora-" + EventFixtures.tag()
                + "@example.org"), List.of());
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(attendance.roster(eventId, null, "").entries())
                .extracting(RosterEntry::priceKind, e -> e.price().toPlainString())
                .containsExactly(tuple(PriceKind.MEMBER, "120.00"),
                        tuple(PriceKind.NON_MEMBER, "180.00"));
    }

    @Test
    void cancellingAfterAttendanceNeedsTheChoiceTellsEveryoneOnceAndVoidsTheCertificates() {
        String title = "Called off " + EventFixtures.tag();
        long eventId = fixtures.publish(EventFixtures.training(title, 2, null));
        long session = fixtures.addSession(eventId, "Morning", 5, 9, 3);
        String guest = "gus-" + EventFixtures.tag() + "@example.org";
        String waiting = "wanda-" + EventFixtures.tag() + "@example.org";
        roles.actAs("member@example.org", Role.MEMBER);
        Placed attended = registrations.register(eventId, List.of(session)).getFirst(); // the event and a session
        roles.clear();
        guest(eventId, new Guest("Gus", "Guest", guest), List.of());
        assertThat(guest(eventId, new Guest("Wanda", "Waiting", waiting), List.of())
                .getFirst().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        clock.set(fixtures.startOf(eventId));
        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(attended.registrationId(), RegistrationStatus.ATTENDED);
        String number = attendance.roster(eventId, null, "member@example").entries().getFirst().certificateNumber();
        long creditId = attendance.roster(eventId, null, "member@example").entries().getFirst().creditId();
        long mailsBefore = outbox.count();

        assertThat(events.cancellation(eventId)).isEqualTo(new CancelImpact(3, 1));
        assertThatThrownBy(() -> events.cancel(eventId, false)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("withdraws their CE");
        assertThat(attendance.roster(eventId, null, "").entries()).extracting(RosterEntry::status)
                .contains(RegistrationStatus.ATTENDED);

        assertThat(events.cancel(eventId, true)).isEqualTo(3);
        assertThat(outbox.count() - mailsBefore).as("one email each").isEqualTo(3);
        for (String each : List.of("member@example.org", guest, waiting)) {
            assertThat(latestMail(each).getSubject()).isEqualTo("Event cancelled: " + title);
        }
        assertThat(latestMail("member@example.org").getBody()).contains(number + " is void");
        assertThat(latestMail(guest).getBody()).doesNotContain("void");

        Roster roster = attendance.roster(eventId, null, "");
        assertThat(roster.entries()).extracting(RosterEntry::statusLabel).containsOnly("Cancelled by the organiser");
        assertThat(roster.entries()).allMatch(e -> e.certificateNumber() == null);
        assertThat(roster.attendanceClosed()).contains("cancelled");
        assertThatThrownBy(() -> attendance.mark(attended.registrationId(), RegistrationStatus.ATTENDED))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> attendance.certificate(creditId)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining(number + " is VOID");
        assertThat(reportRow(eventId, title).get(11)).as("no CE counted for a cancelled event")
                .satisfies(hours -> assertThat(new BigDecimal(hours.toString())).isZero());

        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(ce.transcript().credits()).noneMatch(c -> c.id() == creditId);
        assertThatThrownBy(() -> ce.certificate(creditId)).isInstanceOf(BusinessRuleException.class)
                .isNotInstanceOf(NotFoundException.class).hasMessageContaining("VOID");
        assertThat(registrations.mine()).filteredOn(r -> r.eventId() == eventId)
                .extracting(MyRegistration::statusLabel).containsOnly("Cancelled by the organiser");
        roles.clear();
        assertThat(publicEvents.event(eventId).cancelled()).isTrue();
    }

    @Test
    void aRegistrantsOwnCancellationReadsPlainlyAndTheBoardsReadsAsTheOrganisers() {
        long eventId = fixtures.publish(EventFixtures.training("Who cancelled " + EventFixtures.tag(), 10, null));
        Placed mine = registerAs("member@example.org", eventId);
        Placed theirs = registerAs("facilitator@example.org", eventId);
        roles.actAs("member@example.org", Role.MEMBER);
        registrations.cancelMine(mine.registrationId());
        assertThat(registrations.mine()).filteredOn(r -> r.eventId() == eventId)
                .extracting(MyRegistration::statusLabel).containsOnly("Cancelled");
        roles.actAs("board@example.org", Role.BOARD);
        attendance.cancelRegistration(theirs.registrationId());
        assertThat(latestMail("facilitator@example.org").getBody()).contains("the organiser has cancelled");
        roles.actAs("facilitator@example.org", Role.MEMBER);
        assertThat(registrations.mine()).filteredOn(r -> r.eventId() == eventId)
                .extracting(MyRegistration::statusLabel).containsOnly("Cancelled by the organiser");
    }

    /** The event's row in the Events report (as the board) for the day it was to start. */
    private List<Object> reportRow(long eventId, String title) {
        LocalDate day = fixtures.startOf(eventId).atZone(ZoneId.of("America/New_York")).toLocalDate();
        return roles.as("board@example.org", Role.BOARD, () -> reports.events(new EventFilter(new Days(day, day),
                null, null, Breakdown.EVENT)).table().rows().stream().filter(row -> title.equals(row.get(0)))
                .findFirst().orElseThrow());
    }

    private Placed registerAs(String email, long eventId) {
        roles.actAs(email, Role.MEMBER);
        try {
            return registrations.register(eventId, List.of()).getFirst();
        } finally {
            roles.clear();
        }
    }

    private OutboxMessage latestMail(String recipient) {
        return outbox.findByRecipientOrderByIdDesc(recipient).getFirst();
    }

    /** A guest registers and confirms by the emailed link. */
    private List<Placed> guest(long eventId, Guest guest, List<Long> sessionIds) {
        return EventFixtures.confirmedGuest(registrations, outbox, repository, eventId, guest, sessionIds);
    }
}
