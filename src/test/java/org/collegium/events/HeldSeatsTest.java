package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.InvalidInputException;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.HeldSeats;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.LinkAnswer;
import org.collegium.events.service.RegistrationService.LinkEmailed;
import org.collegium.events.service.RegistrationService.LinkState;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Held seats (issues 11 and 13): a guest's registration waits for its emailed link, the public form answers alike
 * for every address, a freed seat is offered for a time with one reminder and passes on when it lapses, and only
 * the right person claims it. The clock is the test's: each boundary is a minute either side.
 */
@IntegrationTest
class HeldSeatsTest {

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired HeldSeats heldSeats;
    @Autowired RegistrationRepository repository;
    @Autowired OutboxMessageRepository outbox;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    EventFixtures fixtures;
    Instant t0;

    @BeforeEach
    void setUp() {
        fixtures = new EventFixtures(events, roles);
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
    }

    @AfterEach
    void clear() {
        roles.clear();
        clock.reset();
    }

    @Test
    void aGuestsLinkConfirmsAMinuteBeforeTheHoldLapsesAndNotAMinuteAfter() {
        long eventId = fixtures.publish(EventFixtures.training("Hold " + EventFixtures.tag(), 5, null));
        String early = address("early");
        String late = address("late");
        LinkEmailed answer = registrations.registerGuest(eventId, new Guest("Eve", "Early", early), List.of());
        registrations.registerGuest(eventId, new Guest("Len", "Late", late), List.of());
        assertThat(answer.validFor()).isEqualTo(Duration.ofMinutes(30));
        assertThat(only(eventId, early).getStatus()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(seatsTaken(eventId)).as("both held").isEqualTo(2);
        OutboxMessage link = latestMail(early);
        assertThat(link.getSubject()).startsWith("Confirm your registration: ");
        assertThat(link.getBody()).contains("/register/confirm/", "within 30 minutes")
                .doesNotContain("meet.example.org");

        clock.set(t0.plus(Duration.ofMinutes(29)));
        String earlyToken = EventFixtures.confirmToken(outbox, early);
        assertThat(registrations.confirmation(earlyToken).state()).isEqualTo(LinkState.USABLE);
        assertThat(registrations.confirm(earlyToken).state()).isEqualTo(LinkState.CONFIRMED);
        assertThat(only(eventId, early).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(latestMail(early).getSubject()).startsWith("Registered: ");
        assertThat(latestMail(early).getBody()).contains("Online link: https://meet.example.org/");

        clock.set(t0.plus(Duration.ofMinutes(31)));
        String lateToken = EventFixtures.confirmToken(outbox, late);
        assertThat(registrations.confirmation(lateToken).state()).as("not swept yet, lapsed all the same")
                .isEqualTo(LinkState.LAPSED_SEATS_FREE);
        LinkAnswer lapsed = registrations.confirm(lateToken);
        assertThat(lapsed.state()).isEqualTo(LinkState.LAPSED_SEATS_FREE);
        assertThat(lapsed.eventId()).isEqualTo(eventId);
        assertThat(repository.findActive(eventId, late)).isEmpty();
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void aUsedLinkAndAnUnknownOneBookNothingAndSaySo() {
        long eventId = fixtures.publish(EventFixtures.training("Used " + EventFixtures.tag(), 5, null));
        String email = address("used");
        registrations.registerGuest(eventId, new Guest("Uma", "Used", email), List.of());
        String token = EventFixtures.confirmToken(outbox, email);
        assertThat(registrations.confirm(token).state()).isEqualTo(LinkState.CONFIRMED);
        long mails = outbox.findByRecipientOrderByIdDesc(email).size();

        assertThat(registrations.confirm(token).state()).isEqualTo(LinkState.INVALID);
        assertThat(registrations.confirmation(token).state()).isEqualTo(LinkState.INVALID);
        for (String bad : new String[] {null, "", "not-a-token", "x".repeat(5000)}) {
            assertThat(registrations.confirmation(bad).state()).isEqualTo(LinkState.INVALID);
            assertThat(registrations.confirm(bad).state()).isEqualTo(LinkState.INVALID);
            assertThat(registrations.claim(bad).state()).isEqualTo(LinkState.INVALID);
        }
        assertThat(repository.findActive(eventId, email)).hasSize(1);
        assertThat(outbox.findByRecipientOrderByIdDesc(email)).hasSize((int) mails);
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void aLapsedLinkOnANowFullEventSaysSoAndOffersTheWaitlist() {
        long eventId = fixtures.publish(EventFixtures.training("Full now " + EventFixtures.tag(), 1, null));
        String slow = address("slow");
        registrations.registerGuest(eventId, new Guest("Sal", "Slow", slow), List.of());
        String token = EventFixtures.confirmToken(outbox, slow);
        clock.set(t0.plus(Duration.ofMinutes(31)));
        String quick = address("quick");
        registrations.registerGuest(eventId, new Guest("Quin", "Quick", quick), List.of());
        assertThat(only(eventId, quick).getStatus()).as("the lapsed hold was free before any job ran")
                .isEqualTo(RegistrationStatus.PENDING);

        assertThat(registrations.confirmation(token).state()).isEqualTo(LinkState.LAPSED_FULL);
        LinkAnswer answer = registrations.confirm(token);
        assertThat(answer.state()).isEqualTo(LinkState.LAPSED_FULL);
        assertThat(answer.title()).startsWith("Full now ");
        assertThat(repository.findActive(eventId, slow)).isEmpty();
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void theFormAnswersAlikeForARegisteredAMemberAndAnUnknownAddressAndBooksNoDuplicate() {
        long eventId = fixtures.publish(EventFixtures.training("Same answer " + EventFixtures.tag(), 5, null));
        String registered = address("registered");
        EventFixtures.confirmedGuest(registrations, outbox, repository, eventId, new Guest("Rita", "Registered",
                registered), List.of());
        String unknown = address("unknown");
        String memberAddress = "member@example.org";

        LinkEmailed toRegistered = registrations.registerGuest(eventId, new Guest("Pat", "Prank", registered),
                List.of());
        LinkEmailed toMember = registrations.registerGuest(eventId, new Guest("Pat", "Prank", memberAddress),
                List.of());
        LinkEmailed toUnknown = registrations.registerGuest(eventId, new Guest("Pat", "Prank", unknown), List.of());
        assertThat(List.of(toRegistered, toMember, toUnknown)).extracting(LinkEmailed::validFor)
                .containsOnly(Duration.ofMinutes(30));
        assertThat(List.of(toRegistered.email(), toMember.email(), toUnknown.email()))
                .containsExactly(registered, memberAddress, unknown);

        assertThat(repository.findActive(eventId, registered)).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(latestMail(registered).getSubject()).startsWith("Already registered: ");
        assertThat(latestMail(registered).getBody()).doesNotContain("/register/confirm/");
        assertThat(latestMail(memberAddress).getSubject()).startsWith("Confirm your registration: ");
        assertThat(latestMail(unknown).getSubject()).startsWith("Confirm your registration: ");

        roles.actAs(memberAddress, Role.MEMBER);
        assertThat(registrations.mine()).as("nothing is the member's until the link is opened")
                .noneMatch(r -> r.eventId() == eventId);
        roles.clear();
    }

    @Test
    void aMembersAddressConfirmedByItsLinkIsTheMembersAtTheMemberPriceAndTheyCanCancelIt() {
        long eventId = fixtures.publish(EventFixtures.training("Member link " + EventFixtures.tag(), 5, null));
        registrations.registerGuest(eventId, new Guest("Peter", "Millis", "Member@Example.org "), List.of());
        assertThat(registrations.confirm(EventFixtures.confirmToken(outbox, "member@example.org")).state())
                .isEqualTo(LinkState.CONFIRMED);

        roles.actAs("member@example.org", Role.MEMBER);
        MyRegistration mine = registrations.mine().stream().filter(r -> r.eventId() == eventId).findFirst()
                .orElseThrow();
        assertThat(mine.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine.priceKind()).isEqualTo(PriceKind.MEMBER);
        assertThat(mine.price()).isEqualByComparingTo("120.00");
        assertThat(mine.canCancel()).isTrue();
        registrations.cancelMine(mine.id());
        assertThat(seatsTaken(eventId)).isZero();
    }

    @Test
    void aMemberWhoSignsInTakesOverTheRegistrationWaitingForTheirLink() {
        long eventId = fixtures.publish(EventFixtures.training("Signed in " + EventFixtures.tag(), 5, null));
        registrations.registerGuest(eventId, new Guest("Someone", "Else", "facilitator@example.org"), List.of());
        roles.actAs("facilitator@example.org", Role.MEMBER);
        List<Placed> placed = registrations.register(eventId, List.of());
        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(p.priceKind()).isEqualTo(PriceKind.MEMBER);
        });
        assertThat(repository.findActive(eventId, "facilitator@example.org")).hasSize(1);
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void theJobReleasesLapsedHoldsAndTheSeatGoesToTheWaitlist() {
        long eventId = fixtures.publish(EventFixtures.training("Swept " + EventFixtures.tag(), 1, null));
        String holder = address("holder");
        registrations.registerGuest(eventId, new Guest("Hal", "Holder", holder), List.of());
        Placed waiting = registerAs("affiliate@example.org", eventId);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        clock.set(t0.plus(Duration.ofMinutes(29)));
        heldSeats.sweep();
        assertThat(only(eventId, holder).getStatus()).isEqualTo(RegistrationStatus.PENDING);

        clock.set(t0.plus(Duration.ofMinutes(31)));
        assertThat(heldSeats.sweep().lapsed()).isGreaterThanOrEqualTo(1);
        assertThat(repository.findById(waiting.registrationId()).orElseThrow().getStatus())
                .as("the event gives a freed seat on at once").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(latestMail("affiliate@example.org").getSubject()).startsWith("A place for you: ");
        assertThat(repository.findActive(eventId, holder)).isEmpty();
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void aFreedSeatIsOfferedRemindedOnceThenPassedOnAndOnlyItsPersonClaimsIt() {
        String title = "Offers " + EventFixtures.tag();
        long eventId = fixtures.publish(offering(title, 1, 24));
        Placed seated = EventFixtures.confirmedGuest(registrations, outbox, repository, eventId,
                new Guest("Sid", "Seated", address("seated")), List.of()).getFirst();
        Placed first = registerAs("facilitator@example.org", eventId);
        Placed second = registerAs("affiliate@example.org", eventId);

        roles.actAs("board@example.org", Role.BOARD);
        attendance.cancelRegistration(seated.registrationId());
        roles.clear();
        Registration offered = repository.findById(first.registrationId()).orElseThrow();
        assertThat(offered.getStatus()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(offered.getHoldUntil()).isEqualTo(t0.plus(Duration.ofHours(24)));
        assertThat(latestMail("facilitator@example.org").getSubject()).startsWith("A seat is offered to you: ");
        String token = EventFixtures.claimToken(outbox, "facilitator@example.org");
        assertThat(seatsTaken(eventId)).as("held for the person offered").isEqualTo(1);

        roles.actAs("facilitator@example.org", Role.MEMBER);
        assertThat(registrations.mine()).filteredOn(r -> r.id() == first.registrationId()).singleElement()
                .satisfies(r -> assertThat(r.offeredUntil()).isEqualTo(t0.plus(Duration.ofHours(24))));
        roles.actAs("affiliate@example.org", Role.MEMBER);
        assertThatThrownBy(() -> registrations.claimMine(first.registrationId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(registrations.claim(token).state()).as("another member").isEqualTo(LinkState.SIGN_IN_AS_OWNER);
        roles.clear();
        assertThat(registrations.claim(token).state()).as("signed out").isEqualTo(LinkState.SIGN_IN_AS_OWNER);
        assertThat(repository.findById(first.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFERED);

        clock.set(t0.plus(Duration.ofHours(12)).minus(Duration.ofMinutes(1)));
        assertThat(heldSeats.sweep().reminded()).isZero();
        clock.set(t0.plus(Duration.ofHours(12)).plus(Duration.ofMinutes(1)));
        heldSeats.sweep();
        heldSeats.sweep();
        assertThat(outbox.findByRecipientOrderByIdDesc("facilitator@example.org"))
                .filteredOn(m -> m.getSubject().equals("Reminder: a seat is offered to you: " + title)).hasSize(1);

        clock.set(t0.plus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
        heldSeats.sweep();
        assertThat(repository.findById(first.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFERED);
        clock.set(t0.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
        heldSeats.sweep();
        assertThat(repository.findById(first.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.LAPSED);
        assertThat(latestMail("facilitator@example.org").getSubject()).startsWith("Your offered seat lapsed: ");
        assertThat(latestMail("facilitator@example.org").getBody()).contains("no longer on the waitlist");
        assertThat(repository.findById(second.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFERED);

        roles.actAs("affiliate@example.org", Role.MEMBER);
        registrations.claimMine(second.registrationId());
        assertThat(repository.findById(second.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(latestMail("affiliate@example.org").getSubject()).startsWith("A place for you: ");
        roles.actAs("facilitator@example.org", Role.MEMBER);
        assertThat(registrations.claim(token).state()).as("a lapsed offer").isNotEqualTo(LinkState.CONFIRMED);
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void aGuestClaimsAnOfferedSeatByTheLinkAloneAndAMemberWhoCancelsPassesTheOfferOn() {
        long eventId = fixtures.publish(offering("Guest offer " + EventFixtures.tag(), 1, 24));
        Placed seated = registerAs("member@example.org", eventId);
        String guest = address("waiting-guest");
        Placed waitingGuest = EventFixtures.confirmedGuest(registrations, outbox, repository, eventId,
                new Guest("Gwen", "Waiting", guest), List.of()).getFirst();
        assertThat(waitingGuest.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        Placed waitingMember = registerAs("facilitator@example.org", eventId);

        roles.actAs("member@example.org", Role.MEMBER);
        registrations.cancelMine(seated.registrationId());
        roles.clear();
        String token = EventFixtures.claimToken(outbox, guest);
        assertThat(registrations.offer(token).state()).isEqualTo(LinkState.USABLE);
        // the guest does not answer; the next offer goes on only when theirs lapses
        roles.actAs("facilitator@example.org", Role.MEMBER);
        registrations.cancelMine(waitingMember.registrationId());
        roles.clear();
        assertThat(registrations.claim(token).state()).isEqualTo(LinkState.CONFIRMED);
        assertThat(repository.findById(waitingGuest.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.claim(token).state()).as("used").isEqualTo(LinkState.INVALID);
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void aMemberWhoCancelsWhileHoldingAnOfferPassesItToTheNextPerson() {
        long eventId = fixtures.publish(offering("Cancel offer " + EventFixtures.tag(), 1, 24));
        Placed seated = registerAs("member@example.org", eventId);
        Placed first = registerAs("facilitator@example.org", eventId);
        Placed second = registerAs("affiliate@example.org", eventId);
        roles.actAs("member@example.org", Role.MEMBER);
        registrations.cancelMine(seated.registrationId());
        roles.actAs("facilitator@example.org", Role.MEMBER);
        assertThat(registrations.mine()).filteredOn(r -> r.id() == first.registrationId()).singleElement()
                .satisfies(r -> assertThat(r.canCancel()).isTrue());
        registrations.cancelMine(first.registrationId());
        roles.clear();
        assertThat(repository.findById(second.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFERED);
        assertThat(seatsTaken(eventId)).isEqualTo(1);
    }

    @Test
    void cancellingTheEventEndsOpenOffersWithTheCancellationEmailAndUnconfirmedGuestsSilently() {
        String title = "Offer cancelled " + EventFixtures.tag();
        long eventId = fixtures.publish(offering(title, 2, 24));
        Placed seated = registerAs("member@example.org", eventId);
        String pending = address("pending");
        registrations.registerGuest(eventId, new Guest("Pam", "Pending", pending), List.of());
        Placed waiting = registerAs("facilitator@example.org", eventId);
        roles.actAs("member@example.org", Role.MEMBER);
        registrations.cancelMine(seated.registrationId());
        roles.clear();
        assertThat(repository.findById(waiting.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFERED);

        roles.actAs("board@example.org", Role.BOARD);
        assertThat(events.cancel(eventId, false)).as("the person offered, not the unconfirmed guest").isEqualTo(1);
        assertThat(repository.findById(waiting.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(latestMail("facilitator@example.org").getSubject()).isEqualTo("Event cancelled: " + title);
        assertThat(latestMail(pending).getSubject()).startsWith("Confirm your registration: ");
        assertThat(events.load(eventId).seatsTaken()).isZero();
        roles.clear();
        assertThat(registrations.claim(EventFixtures.claimToken(outbox, "facilitator@example.org")).state())
                .isNotEqualTo(LinkState.CONFIRMED);
    }

    @Test
    void anOfferNeverRunsPastTheStartItLapsesThenAndTheSeatIsNotOfferedAgain() {
        long eventId = fixtures.publish(offering("Starts " + EventFixtures.tag(), 1, 24));
        Placed seated = registerAs("member@example.org", eventId);
        Placed first = registerAs("facilitator@example.org", eventId);
        Placed second = registerAs("affiliate@example.org", eventId);
        Instant start = fixtures.startOf(eventId);
        clock.set(start.minus(Duration.ofHours(2)));
        roles.actAs("board@example.org", Role.BOARD);
        attendance.cancelRegistration(seated.registrationId());
        roles.clear();
        assertThat(repository.findById(first.registrationId()).orElseThrow().getHoldUntil()).isEqualTo(start);

        clock.set(start.plus(Duration.ofMinutes(1)));
        heldSeats.sweep();
        assertThat(repository.findById(first.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.LAPSED);
        assertThat(repository.findById(second.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(seatsTaken(eventId)).isZero();
    }

    @Test
    void theEditorsOfferSettingIsCheckedAndKept() {
        EventForm t = EventFixtures.training("Setting " + EventFixtures.tag(), 5, null);
        roles.actAs("board@example.org", Role.BOARD);
        assertThatThrownBy(() -> events.save(null, withOfferHours(t, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("offerHours"));
        assertThatThrownBy(() -> events.save(null, withOfferHours(t, EventService.MAX_OFFER_HOURS + 1)))
                .isInstanceOf(InvalidInputException.class);
        long id = events.save(null, withOfferHours(t, 48));
        assertThat(events.load(id).form().offerHours()).isEqualTo(48);
        assertThat(events.load(events.save(null, t)).form().offerHours()).as("the default: automatic").isNull();
    }

    private EventForm offering(String title, int capacity, int hours) {
        return withOfferHours(EventFixtures.training(title, capacity, null), hours);
    }

    private static EventForm withOfferHours(EventForm t, Integer hours) {
        return new EventForm(t.kind(), t.title(), t.description(), t.startsAt(), t.endsAt(), t.format(), t.venue(),
                t.onlineLink(), t.capacity(), t.memberPrice(), t.nonMemberPrice(), t.earlyBirdPrice(),
                t.earlyBirdUntil(), t.registrationOpens(), t.registrationCloses(), t.cancelCutoffHours(), t.ceHours(),
                t.ceType(), t.hostId(), t.version(), hours);
    }

    private Placed registerAs(String email, long eventId) {
        return roles.as(email, Role.MEMBER, () -> registrations.register(eventId, List.of()).getFirst());
    }

    private int seatsTaken(long eventId) {
        return roles.as("board@example.org", Role.BOARD, () -> events.load(eventId).seatsTaken());
    }

    private Registration only(long eventId, String email) {
        return repository.findActive(eventId, email).stream().findFirst().orElseThrow();
    }

    private OutboxMessage latestMail(String recipient) {
        return outbox.findByRecipientOrderByIdDesc(recipient).getFirst();
    }

    private static String address(String who) {
        return who + "-" + EventFixtures.tag() + "@example.org";
    }
}
