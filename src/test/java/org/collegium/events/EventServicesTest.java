package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.calendar.service.CalendarFeeds;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.AttendanceService.RosterEntry;
import org.collegium.events.service.CeService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventFilter;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.EventService.When;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.MyRegistration;
import org.collegium.events.service.RegistrationService.Placed;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Registration, waitlist and promotion, cancellation, attendance and CE, calendar feeds, and who may do what. */
@IntegrationTest
class EventServicesTest {

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CeService ce;
    @Autowired PublicEvents publicEvents;
    @Autowired CalendarFeeds feeds;
    @Autowired OutboxMessageRepository outbox;
    @Autowired RegistrationRepository repository;
    @Autowired SocietySettingsService settings;
    @Autowired DemoData demo;
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
    void twoSeatsThreeMembersTheThirdIsWaitlistedAndPromotedWhenSomeoneCancels() {
        String title = "Two seats " + EventFixtures.tag();
        long eventId = fixtures.publish(EventFixtures.training(title, 2, null));

        Placed first = registerAs("member@example.org", eventId);
        Placed second = registerAs("facilitator@example.org", eventId);
        Placed third = registerAs("affiliate@example.org", eventId);
        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(first.priceKind()).isEqualTo(PriceKind.MEMBER);
        assertThat(first.price()).isEqualByComparingTo("120.00");
        assertThat(second.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(latestMail("affiliate@example.org").getSubject()).isEqualTo("Waitlisted: " + title);
        assertThat(latestMail("member@example.org").getBody()).contains("Online link: https://meet.example.org/");
        assertThat(latestMail("affiliate@example.org").getBody()).doesNotContain("https://meet.example.org/");

        roles.actAs("member@example.org", Role.MEMBER);
        assertThatThrownBy(() -> registrations.register(eventId, List.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already registered");
        registrations.cancelMine(first.registrationId());

        roles.actAs("affiliate@example.org", Role.MEMBER);
        MyRegistration promoted = mine(eventId);
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(promoted.onlineLink()).startsWith("https://meet.example.org/");
        assertThat(latestMail("affiliate@example.org").getSubject()).isEqualTo("A place for you: " + title);
        assertThat(latestMail("member@example.org").getSubject()).isEqualTo("Cancelled: " + title);
    }

    @Test
    void theBoardCancelsSomeonesPlaceAndTheWaitlistMovesUp() {
        long eventId = fixtures.publish(EventFixtures.training("Organiser " + EventFixtures.tag(), 1, null));
        Placed first = guest(eventId, new Guest("Fay", "First", "fay-" + EventFixtures.tag()
                + "@example.org"), List.of()).getFirst();
        Placed second = guest(eventId, new Guest("Sam", "Second", "sam-"
                + EventFixtures.tag() + "@example.org"), List.of()).getFirst();
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        assertThatThrownBy(() -> attendance.cancelRegistration(first.registrationId()))
                .as("a national event is not the affiliate's").isInstanceOf(AccessDeniedException.class);
        roles.actAs("board@example.org", Role.BOARD);
        attendance.cancelRegistration(first.registrationId());
        assertThat(attendance.roster(eventId, null, "").entries()).extracting(RosterEntry::status)
                .containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED);
    }

    @Test
    void aWaitlistedPersonSeesNoOnlineLinkAndNobodyCancelsAfterTheCutOff() {
        long eventId = fixtures.publish(EventFixtures.training("Cut-off " + EventFixtures.tag(), 1, null));
        guest(eventId, new Guest("Gail", "Guest", "gail-" + EventFixtures.tag()
                + "@example.org"), List.of());
        Placed waiting = registerAs("member@example.org", eventId);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(mine(eventId).onlineLink()).isNull();

        clock.set(Instant.now().plus(Duration.ofDays(39)).plus(Duration.ofHours(12))); // inside the 48 hours
        assertThatThrownBy(() -> registrations.cancelMine(waiting.registrationId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("48 hours");
    }

    @Test
    void guestsPayTheNonMemberPriceAndAreCheckedLikeAnyForm() {
        long eventId = fixtures.publish(EventFixtures.training("Guests " + EventFixtures.tag(), 5, null));
        Placed guest = guest(eventId, new Guest("Nina", "Nonmember",
                "nina-" + EventFixtures.tag() + "@example.org"), List.of()).getFirst();
        assertThat(guest.priceKind()).isEqualTo(PriceKind.NON_MEMBER);
        assertThat(guest.price()).isEqualByComparingTo("180.00");
        assertThatThrownBy(() -> registrations.registerGuest(eventId, new Guest("", "X", "not-an-email"), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("firstName", "email"));
    }

    @Test
    void overlappingSessionsCannotBothBeChosen() {
        EventForm t = EventFixtures.training("Conf " + EventFixtures.tag(), 50, null);
        long eventId = fixtures.publish(new EventForm(EventKind.CONFERENCE, t.title(), null, t.startsAt(),
                t.endsAt(), t.format(), t.venue(), t.onlineLink(), 50, t.memberPrice(), t.nonMemberPrice(), null,
                null, null, null, 48, BigDecimal.ZERO, t.ceType(), null, 0));
        long morning = fixtures.addSession(eventId, "Morning institute", 10, 9, 3);
        long overlapping = fixtures.addSession(eventId, "Late morning", 10, 11, 2);
        long afternoon = fixtures.addSession(eventId, "Afternoon", 10, 13, 2);
        String email = "conf-" + EventFixtures.tag() + "@example.org";
        assertThatThrownBy(() -> registrations.registerGuest(eventId, new Guest("Olive", "Overlap", email),
                List.of(morning, overlapping))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("overlaps");
        List<Placed> placed = guest(eventId, new Guest("Olive", "Overlap", email),
                List.of(morning, afternoon));
        assertThat(placed).extracting(Placed::status).containsOnly(RegistrationStatus.CONFIRMED).hasSize(3);
        // the public form says nothing about an address's registrations: its owner is told by email instead
        registrations.registerGuest(eventId, new Guest("Olive", "Overlap", email), List.of(overlapping));
        assertThat(latestMail(email).getSubject()).isEqualTo("Already registered: " + t.title());
        assertThat(repository.findActive(eventId, email)).hasSize(3);
    }

    @Test
    void attendanceAwardsCeOnceWithACertificateNumberAndUndoWithdrawsIt() throws Exception {
        long eventId = fixtures.publish(EventFixtures.training("CE day " + EventFixtures.tag(), 10, null));
        Placed mine = registerAs("member@example.org", eventId);

        clock.set(fixtures.startOf(eventId)); // the day of the event
        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(mine.registrationId(), RegistrationStatus.ATTENDED);
        attendance.mark(mine.registrationId(), RegistrationStatus.ATTENDED);
        RosterEntry entry = attendance.roster(eventId, null, "member@example").entries().getFirst();
        assertThat(entry.certificateNumber()).matches("CE-\\d{4}-\\d{6}");
        byte[] certificate = attendance.certificate(entry.creditId()).content();
        PdfReader reader = new PdfReader(certificate);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains(settings.current().societyName(), "Peter Millis", "CE day",
                    "6 APA continuing-education hours", entry.certificateNumber());
        } finally {
            reader.close();
        }

        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(ce.transcript().credits()).filteredOn(c -> c.id() == entry.creditId()).singleElement()
                .satisfies(c -> assertThat(c.hours()).isEqualByComparingTo("6"));
        assertThat(ce.certificate(entry.creditId()).content()).startsWith("%PDF".getBytes());
        assertThat(new String(ce.transcriptCsv().content())).contains(entry.certificateNumber());
        assertThat(ce.transcriptPdf().content()).startsWith("%PDF".getBytes());
        roles.actAs("facilitator@example.org", Role.MEMBER);
        assertThatThrownBy(() -> ce.certificate(entry.creditId())).isInstanceOf(AccessDeniedException.class);

        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(mine.registrationId(), RegistrationStatus.CONFIRMED);
        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(ce.transcript().credits()).noneMatch(c -> c.id() == entry.creditId());

        roles.actAs("board@example.org", Role.BOARD);
        assertThat(attendance.markAllAttended(eventId, null)).isEqualTo(1);
        assertThat(attendance.roster(eventId, null, "").entries().getFirst().certificateNumber())
                .as("the same certificate comes back").isEqualTo(entry.certificateNumber());
    }

    @Test
    void anAffiliateAdministratorManagesOnlyTheirOwnAffiliatesEvents() {
        long carolinas = demo.affiliateId("CGPS");
        long atlanta = demo.affiliateId("AGPS");
        long own = fixtures.publish(EventFixtures.training("Own " + EventFixtures.tag(), 10, carolinas));
        long other = fixtures.publish(EventFixtures.training("Other " + EventFixtures.tag(), 10, atlanta));
        long national = fixtures.publish(EventFixtures.training("National " + EventFixtures.tag(), 10, null));

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        assertThat(events.load(own).form().title()).startsWith("Own");
        assertThatThrownBy(() -> events.load(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.roster(national, null, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.save(null, EventFixtures.training("Sneaky", 5, atlanta)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.find(new EventFilter(When.ALL, null, null), PageRequest.of(0, 500)))
                .allMatch(e -> e.hostName().equals("Carolinas Group Psychotherapy Society")
                        || e.hostName().contains("Carolinas"));

        roles.actAs("member@example.org", Role.MEMBER);
        assertThatThrownBy(() -> events.load(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.markAllAttended(own, null)).isInstanceOf(AccessDeniedException.class);
        roles.actAs("officer@example.org", Role.OFFICER);
        assertThatThrownBy(() -> registrations.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ce.transcript()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cancellingAnEventTellsEveryRegistrantAndTheWaitlist() {
        String title = "Cancelled " + EventFixtures.tag();
        long eventId = fixtures.publish(EventFixtures.training(title, 1, null));
        String a = "a-" + EventFixtures.tag() + "@example.org";
        String b = "b-" + EventFixtures.tag() + "@example.org";
        guest(eventId, new Guest("Ann", "A", a), List.of());
        guest(eventId, new Guest("Bob", "B", b), List.of());
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(events.cancel(eventId, false)).isEqualTo(2);
        assertThat(latestMail(a).getSubject()).isEqualTo("Event cancelled: " + title);
        assertThat(latestMail(b).getSubject()).isEqualTo("Event cancelled: " + title);
        assertThat(attendance.roster(eventId, null, "").entries()).extracting(RosterEntry::status)
                .containsOnly(RegistrationStatus.CANCELLED);
        roles.clear();
        assertThat(publicEvents.upcoming()).noneMatch(e -> e.id() == eventId);
        assertThatThrownBy(() -> registrations.registerGuest(eventId, new Guest("Cy", "C", "c@example.org"),
                List.of())).isInstanceOf(BusinessRuleException.class).hasMessageContaining("cancelled");
    }

    @Test
    void theCalendarFeedHasConfirmedPlacesNeverWithTheLinkAndRegeneratingStopsTheOldUrl() {
        long eventId = fixtures.publish(EventFixtures.training("Feed " + EventFixtures.tag(), 1, null));
        registerAs("facilitator@example.org", eventId);
        registerAs("member@example.org", eventId); // waitlisted
        roles.actAs("facilitator@example.org", Role.MEMBER);
        String token = token(feeds.myFeedPath());
        roles.clear();
        String ics = feeds.feed(token).orElseThrow();
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("Feed ").contains("on My registrations")
                .doesNotContain("meet.example.org").doesNotContain("https://meet");

        roles.actAs("member@example.org", Role.MEMBER);
        String memberToken = token(feeds.myFeedPath());
        String regenerated = token(feeds.regenerate());
        roles.clear();
        assertThat(feeds.feed(memberToken)).isEmpty();
        assertThat(feeds.feed(regenerated).orElseThrow()).doesNotContain("Feed " + eventId);
        assertThat(feeds.feed(regenerated).orElseThrow()).doesNotContain("meet.example.org/" + eventId);
    }

    private static String token(String path) {
        return path.substring(CalendarFeeds.FEED_PATH.length(), path.length() - ".ics".length());
    }

    private Placed registerAs(String email, long eventId) {
        roles.actAs(email, Role.MEMBER);
        try {
            return registrations.register(eventId, List.of()).getFirst();
        } finally {
            roles.clear();
        }
    }

    private MyRegistration mine(long eventId) {
        return registrations.mine().stream().filter(r -> r.eventId() == eventId).findFirst().orElseThrow();
    }

    private OutboxMessage latestMail(String recipient) {
        return outbox.findByRecipientOrderByIdDesc(recipient).getFirst();
    }

    /** A guest registers and confirms by the emailed link. */
    private List<Placed> guest(long eventId, Guest guest, List<Long> sessionIds) {
        return EventFixtures.confirmedGuest(registrations, outbox, repository, eventId, guest, sessionIds);
    }
}
