package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.CeService;
import org.collegium.events.service.EventCalendar;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.EventService.SessionView;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.MyRegistration;
import org.collegium.events.service.RegistrationService.Placed;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
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
 * Every event has its own time zone (issue 13): the society's by default, chosen in the editor, its times (and its
 * sessions') read and shown in it, and kept, moment and clock time, when the society's zone changes.
 */
@IntegrationTest
class EventTimeZonesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired org.collegium.events.domain.RegistrationRepository registrationRepository;
    @Autowired AttendanceService attendance;
    @Autowired CeService ce;
    @Autowired PublicEvents publicEvents;
    @Autowired EventCalendar calendar;
    @Autowired SocietySettingsService settings;
    @Autowired SocietyClock societyClock;
    @Autowired OutboxMessageRepository outbox;
    @Autowired MutableClock clock;
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
    void aNewEventTakesTheSocietysZoneUnlessItNamesItsOwnAndAZoneThatIsNoneIsRefusedInPlainWords() {
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(events.blank().timeZone()).as("the editor starts on the society's zone")
                .isEqualTo(settings.current().timeZone().getId());

        EventForm unnamed = EventFixtures.training("Default zone " + EventFixtures.tag(), 10, null);
        long defaulted = events.save(null, unnamed);
        assertThat(events.load(defaulted).form().timeZone()).isEqualTo(settings.current().timeZone().getId());

        EventForm pacific = inZone(EventFixtures.training("Pacific " + EventFixtures.tag(), 10, null),
                "America/Los_Angeles");
        long id = events.save(null, pacific);
        EventForm saved = events.load(id).form();
        assertThat(saved.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(saved.startsAt()).as("the clock time entered, in its zone").isEqualTo(pacific.startsAt());
        assertThat(fixtures.startOf(id)).isEqualTo(pacific.startsAt().atZone(LOS_ANGELES).toInstant());

        assertThat(events.load(events.save(id, inZone(saved, null))).form().timeZone())
                .as("a form naming no zone keeps the event's own").isEqualTo("America/Los_Angeles");
        EventForm again = events.load(id).form();
        assertThatThrownBy(() -> events.save(id, inZone(again, "Mars/Olympus_Mons")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("timeZone", "Choose a time zone from the list, like America/New_York."));
        assertThat(events.load(id).form().timeZone()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void changingTheSocietysZoneMovesNoEventNorSessionAndTheirTimesReadTheSameInTheirZone() {
        EventForm t = EventFixtures.training("Stays put " + EventFixtures.tag(), 20, null);
        long eventId = fixtures.publish(conference(t));
        long sessionId = fixtures.addSession(eventId, "Morning session", 10, 10, 2);
        Instant start = fixtures.startOf(eventId);
        Instant sessionStart = t.startsAt().withHour(10).atZone(NEW_YORK).toInstant();
        String guest = "zone-" + EventFixtures.tag() + "@example.org";

        SocietySettingsService.Settings before = settings.current();
        assertThat(before.timeZone()).isEqualTo(NEW_YORK);
        roles.actAs("admin@example.org", Role.ADMIN);
        settings.update(before.societyName(), "America/Los_Angeles", before.version());
        try {
            roles.actAs("board@example.org", Role.BOARD);
            EventForm form = events.load(eventId).form();
            assertThat(form.timeZone()).isEqualTo("America/New_York");
            assertThat(form.startsAt()).as("the clock time, in the event's zone").isEqualTo(t.startsAt());
            assertThat(fixtures.startOf(eventId)).as("the moment").isEqualTo(start);
            SessionView session = events.sessions(eventId).getFirst();
            assertThat(session.startsAt()).isEqualTo(sessionStart);
            assertThat(session.form().startsAt()).isEqualTo(t.startsAt().withHour(10));
            assertThat(events.blank().timeZone()).as("a new event defaults to the new zone")
                    .isEqualTo("America/Los_Angeles");
            roles.clear();

            assertThat(publicEvents.event(eventId)).satisfies(e -> {
                assertThat(e.startsAt()).isEqualTo(start);
                assertThat(e.zone()).isEqualTo(NEW_YORK);
                assertThat(e.sessions()).singleElement().satisfies(s -> assertThat(s.startsAt())
                        .isEqualTo(sessionStart));
            });
            EventFixtures.confirmedGuest(registrations, outbox, registrationRepository, eventId,
                    new Guest("Zia", "Zone", guest), List.of(sessionId));
            assertThat(placeEmails(guest)).hasSize(2).allSatisfy(m -> assertThat(m.getBody())
                    .as("the emails say the event's clock time and name its zone")
                    .contains(SocietyClock.format(m.getSubject().contains("Morning session") ? sessionStart : start,
                            NEW_YORK))
                    .contains(" ET)"));
            assertThat(placeEmails(guest)).extracting(OutboxMessage::getBody)
                    .map(EventTimeZonesTest::plain)
                    .anySatisfy(body -> assertThat(body).contains("9:00 AM ET").doesNotContain("6:00 AM"))
                    .anySatisfy(body -> assertThat(body).contains("10:00 AM ET").doesNotContain("7:00 AM"));
            assertThat(new String(calendar.eventIcs(eventId).content(), StandardCharsets.UTF_8))
                    .as("the .ics carries the moment, in UTC").contains("DTSTART:" + ICS.format(start));

            clock.set(start.minus(Duration.ofHours(3)));
            roles.actAs("board@example.org", Role.BOARD);
            long registrationId = attendance.roster(eventId, null, guest).entries().getFirst().registrationId();
            assertThat(attendance.roster(eventId, null, "").zone()).isEqualTo(NEW_YORK);
            assertThatThrownBy(() -> attendance.mark(registrationId, RegistrationStatus.ATTENDED))
                    .isInstanceOf(BusinessRuleException.class)
                    .as("the window opens an hour before, said in the viewer's zone with ET beside it (issue 14)")
                    .hasMessageContaining("(" + SocietyClock.time(start.minus(Duration.ofHours(1)), NEW_YORK)
                            + " where it takes place)");
            clock.set(start.minus(Duration.ofMinutes(30)));
            attendance.mark(registrationId, RegistrationStatus.ATTENDED); // an instant: open half an hour before
        } finally {
            roles.actAs("admin@example.org", Role.ADMIN);
            settings.update(before.societyName(), before.timeZone().getId(), settings.current().version());
        }
    }

    @Test
    void anEventsNewZoneKeepsTheClockTimeOfItsSessions() {
        EventForm t = EventFixtures.training("Rezoned " + EventFixtures.tag(), 20, null);
        long eventId = fixtures.publish(conference(t));
        fixtures.addSession(eventId, "Afternoon session", 10, 14, 2);
        roles.actAs("board@example.org", Role.BOARD);
        events.save(eventId, inZone(events.load(eventId).form(), "America/Chicago"));

        EventForm form = events.load(eventId).form();
        assertThat(form.timeZone()).isEqualTo("America/Chicago");
        assertThat(form.startsAt()).isEqualTo(t.startsAt());
        assertThat(fixtures.startOf(eventId)).isEqualTo(t.startsAt().atZone(ZoneId.of("America/Chicago")).toInstant());
        SessionView session = events.sessions(eventId).getFirst();
        assertThat(session.form().startsAt()).as("2 PM in the event's new zone").isEqualTo(t.startsAt().withHour(14));
        assertThat(session.startsAt()).isEqualTo(t.startsAt().withHour(14).atZone(ZoneId.of("America/Chicago"))
                .toInstant());
    }

    @Test
    void emailsCertificatesAndTheTranscriptCarryTheEventsOwnClockTimeAndDate() throws Exception {
        // 9 PM in Los Angeles is already the next day in New York, the society's zone
        LocalDateTime evening = EventFixtures.training("x", 1, null).startsAt().withHour(21);
        EventForm t = EventFixtures.training("Late webinar " + EventFixtures.tag(), 1, null);
        long eventId = fixtures.publish(inZone(new EventForm(EventKind.WEBINAR, t.title(), null, evening,
                evening.plusMinutes(90), t.format(), t.venue(), t.onlineLink(), 1, t.memberPrice(),
                t.nonMemberPrice(), null, null, null, null, 48, new BigDecimal("1.5"), t.ceType(), null, 0),
                "America/Los_Angeles"));
        Instant start = evening.atZone(LOS_ANGELES).toInstant();
        LocalDate dayThere = evening.toLocalDate();
        assertThat(start.atZone(NEW_YORK).toLocalDate()).isEqualTo(dayThere.plusDays(1));

        roles.actAs("member@example.org", Role.MEMBER);
        Placed placed = registrations.register(eventId, List.of()).getFirst();
        MyRegistration mine = registrations.mine().stream().filter(r -> r.eventId() == eventId).findFirst()
                .orElseThrow();
        assertThat(mine.zone()).isEqualTo(LOS_ANGELES);
        roles.clear();
        assertThat(plain(mail("member@example.org", t.title()).getBody())).contains("9:00 PM PT")
                .doesNotContain("12:00 AM");
        String waiting = "wait-" + EventFixtures.tag() + "@example.org";
        EventFixtures.confirmedGuest(registrations, outbox, registrationRepository, eventId,
                new Guest("Will", "Wait", waiting), List.of());
        assertThat(mail(waiting, t.title()).getSubject()).startsWith("Waitlisted:");
        assertThat(plain(mail(waiting, t.title()).getBody())).contains("9:00 PM PT");

        clock.set(start);
        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(placed.registrationId(), RegistrationStatus.ATTENDED);
        long creditId = attendance.roster(eventId, null, "member@example").entries().getFirst().creditId();
        String dateThere = societyClock.formatDate(dayThere);
        assertThat(pdfText(attendance.certificate(creditId).content())).as("attended on the day it took place there")
                .contains(dateThere).doesNotContain(societyClock.formatDate(dayThere.plusDays(1)));

        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(ce.transcript().credits()).filteredOn(c -> c.id() == creditId).singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo(dayThere));
        assertThat(pdfText(ce.transcriptPdf().content()))
                .contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US).format(dayThere));
        assertThat(new String(ce.transcriptCsv().content(), StandardCharsets.UTF_8)).contains(dayThere + ","
                + t.title());

        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(placed.registrationId(), RegistrationStatus.CONFIRMED); // undone, so it can be cancelled
        attendance.cancelRegistration(placed.registrationId());
        assertThat(mail("member@example.org", t.title()).getSubject()).startsWith("Cancelled:");
        assertThat(plain(mail("member@example.org", t.title()).getBody())).contains("9:00 PM PT");
        assertThat(mail(waiting, t.title()).getSubject()).as("the freed place").startsWith("A place for you:");
        assertThat(plain(mail(waiting, t.title()).getBody())).contains("9:00 PM PT");
    }

    private static EventForm conference(EventForm t) {
        return new EventForm(EventKind.CONFERENCE, t.title(), null, t.startsAt(), t.endsAt(), t.format(), t.venue(),
                t.onlineLink(), t.capacity(), t.memberPrice(), t.nonMemberPrice(), null, null, null, null, 48,
                BigDecimal.ZERO, t.ceType(), null, 0);
    }

    private static EventForm inZone(EventForm f, String zone) {
        return new EventForm(f.kind(), f.title(), f.description(), f.startsAt(), f.endsAt(), f.format(), f.venue(),
                f.onlineLink(), f.capacity(), f.memberPrice(), f.nonMemberPrice(), f.earlyBirdPrice(),
                f.earlyBirdUntil(), f.registrationOpens(), f.registrationCloses(), f.cancelCutoffHours(), f.ceHours(),
                f.ceType(), f.hostId(), zone, f.version());
    }

    /** The newest email to someone about the titled event. */
    /** The emails about a guest's places, without the link that confirmed them. */
    private List<OutboxMessage> placeEmails(String recipient) {
        return outbox.findByRecipientOrderByIdDesc(recipient).stream()
                .filter(m -> !m.getSubject().startsWith("Confirm your registration")).toList();
    }

    private OutboxMessage mail(String recipient, String title) {
        return outbox.findByRecipientOrderByIdDesc(recipient).stream().filter(m -> m.getSubject().contains(title))
                .findFirst().orElseThrow();
    }

    /** Text with the narrow no-break space Java puts before AM/PM read as a plain space. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
