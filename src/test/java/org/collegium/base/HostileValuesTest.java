package org.collegium.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountView;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.Text;
import org.collegium.calendar.service.CalendarFeeds;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.JoinRequest;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeForm;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Each small hole, tried with the hostile value: refused with a clear message, or matched exactly. */
@IntegrationTest
class HostileValuesTest {

    @Autowired CalendarFeeds feeds;
    @Autowired AccountService accounts;
    @Autowired AccountBootstrap bootstrap;
    @Autowired PaymentService payments;
    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired EventService events;
    @Autowired ApplicationService applications;
    @Autowired GroupService groups;
    @Autowired RosterService roster;
    @Autowired SessionService sessions;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository typeRepository;
    @Autowired DemoData demo;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void aCalendarFeedAddressDifferingOnlyInCaseFindsNothing() {
        roles.actAs("member@example.org", Role.MEMBER);
        String path = feeds.myFeedPath();
        roles.clear();
        String token = path.substring(CalendarFeeds.FEED_PATH.length(), path.length() - ".ics".length());
        String otherCase = swapCase(token);
        assertThat(otherCase).isNotEqualTo(token);
        assertThat(feeds.feed(token)).isPresent();
        assertThat(feeds.feed(otherCase)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "!"})
    void aSearchFindsTheLiteralWildcardAndNothingElse(String wildcard) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        bootstrap.ensureAccount("with-" + tag + "@example.org", "Wild" + wildcard + "card " + tag, "a-long-password",
                EnumSet.of(Role.MEMBER));
        bootstrap.ensureAccount("without-" + tag + "@example.org", "WildXcard " + tag, "a-long-password",
                EnumSet.of(Role.MEMBER));
        roles.actAs("admin@example.org", Role.ADMIN);
        assertThat(accounts.find("wild" + wildcard + "card " + tag, PageRequest.of(0, 10)))
                .extracting(AccountView::email).containsExactly("with-" + tag + "@example.org");
        assertThat(accounts.count("d" + wildcard + "c")).isPositive();
    }

    @Test
    void datesOutsideTheSocietysYearsGetAFieldMessageEverywhere() {
        roles.actAs("board@example.org", Role.BOARD);
        long member = anyMember();
        for (LocalDate hostile : List.of(LocalDate.of(100, 1, 1), LocalDate.of(9999, 12, 31))) {
            assertFieldError(() -> payments.record(member, new PaymentForm(new BigDecimal("10.00"), PaymentMethod.CASH,
                    null, hostile, null, null)), "paidOn", "between 1900 and 2199");
            var details = members.get(member);
            assertFieldError(() -> members.close(member, MembershipStatus.RESIGNED, hostile, details.form().version()),
                    "effective", "between 1900 and 2199");
            assertFieldError(() -> events.save(null, eventStarting(hostile.atTime(9, 0), null)), "startsAt",
                    "between 1900 and 2199");
        }
        // the same one rule for wall-clock times and instants
        assertThat(new FieldErrors().date("at", Instant.parse("9999-01-01T00:00:00Z"), "The day")).satisfies(
                e -> assertThatThrownBy(e::throwIfAny).isInstanceOf(InvalidInputException.class));
        new FieldErrors().date("at", LocalDateTime.of(2026, 5, 1, 9, 0), "The day").throwIfAny();
    }

    @Test
    void anAmountInScientificNotationIsRefusedNotSavedAsAnotherNumber() {
        roles.actAs("board@example.org", Role.BOARD);
        BigDecimal hostile = new BigDecimal("1e15"); // what the money field now sends for "1e15"
        assertFieldError(() -> payments.record(anyMember(), new PaymentForm(hostile, PaymentMethod.CASH, null,
                clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1), null, null)),
                "amount", "dollars and cents");
        assertFieldError(() -> types.create(new TypeForm("Exp " + UUID.randomUUID(), null, hostile, 12, 30, 30,
                false, true, 0)), "dues", "1e15");
        assertFieldError(() -> events.save(null, eventStarting(LocalDateTime.now().plusDays(30), hostile)),
                "memberPrice", "dollars and cents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u202A", "\u2066", "\u2069", "\u200E", "\u200F", "\u0007", "\u0085",
        "\u001B"})
    void aNameWithADirectionOverrideOrAControlCharacterIsRefused(String hidden) {
        String email = "hidden-" + UUID.randomUUID() + "@example.org";
        assertFieldError(() -> applications.submit(new JoinRequest("Ada" + hidden + "nna", "Lovelace", email, null,
                null, Discipline.NURSING, null, null, null, null, null, null, "US", null, demo.typeId("Clinical"),
                null)), "firstName", "invisible");
        assertThat(Text.clean(" Ada" + hidden + "nna ")).isEqualTo("Adanna");
        assertThat(Text.clean("Line one\nline two\tend")).isEqualTo("Line one\nline two\tend");
    }

    @Test
    void aMeetingLinkOverPlainHttpIsRefused() {
        LocalDate today = LocalDate.of(2026, 10, 20);
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        GroupFixtures fixtures = new GroupFixtures(memberRepository, typeRepository, bootstrap, groups, roles);
        Person f = fixtures.facilitator("Hugo", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        fixtures.actAs(f);
        long session = sessions.managedSessions(g).getFirst().id();
        assertFieldError(() -> sessions.setLink(session, "http://meet.example.org/tuesday"), "link", "https://");
        sessions.setLink(session, "https://meet.example.org/tuesday");

        roles.actAs("board@example.org", Role.BOARD);
        assertFieldError(() -> events.save(null, online("http://meet.example.org/webinar")), "onlineLink",
                "https://");
    }

    @Test
    void twoPeopleApprovingTheSameApplicationAtOnceTheSecondIsToldItWasDone() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.org";
        applications.submit(new JoinRequest("Rae", "Race", email, null, null, Discipline.NURSING, null, null, null,
                null, null, null, "US", null, demo.typeId("Clinical"), null));
        roles.actAs("board@example.org", Role.BOARD);
        var pending = applications.pending(PageRequest.of(0, 500)).stream().filter(a -> a.email().equals(email))
                .findFirst().orElseThrow();
        roles.clear();

        List<String> outcomes = race(
                () -> roles.as("board@example.org", Role.BOARD, () -> approve(pending.id(), pending.version())),
                () -> roles.as("admin@example.org", Role.ADMIN, () -> approve(pending.id(), pending.version())));

        assertThat(outcomes).containsOnlyOnce("approved");
        assertThat(outcomes).anyMatch(o -> o.matches("This application was already approved by "
                + "(board|admin)@example\\.org\\."));
    }

    @Test
    void twoPeopleApprovingTheSameJoinRequestAtOnceTheSecondIsToldItWasDone() throws Exception {
        LocalDate today = LocalDate.of(2026, 10, 20);
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        GroupFixtures fixtures = new GroupFixtures(memberRepository, typeRepository, bootstrap, groups, roles);
        Person f = fixtures.facilitator("Fay", today);
        Person m = fixtures.member("Mo", true, today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        fixtures.actAs(m);
        roster.requestToJoin(g, true);
        fixtures.actAs(f);
        long request = roster.roster(g).stream().filter(e -> e.memberId() == m.memberId()).findFirst().orElseThrow()
                .membershipId();
        roles.clear();

        List<String> outcomes = race(
                () -> roles.as(f.email(), Role.FACILITATOR, () -> answer(() -> roster.approve(request))),
                () -> roles.as("board@example.org", Role.BOARD, () -> answer(() -> roster.approve(request))));

        assertThat(outcomes).containsOnlyOnce("approved");
        assertThat(outcomes).anyMatch(o -> o.startsWith("This request was already approved by "));
    }

    private String approve(long id, long version) {
        return answer(() -> applications.approve(id, null, version));
    }

    private static String answer(Runnable action) {
        try {
            action.run();
            return "approved";
        } catch (BusinessRuleException e) {
            return e.getMessage();
        }
    }

    /** Runs both at the same moment, each in its own thread and transaction. */
    private static List<String> race(Supplier<String> first, Supplier<String> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        var a = CompletableFuture.supplyAsync(() -> awaitThen(start, first));
        var b = CompletableFuture.supplyAsync(() -> awaitThen(start, second));
        start.countDown();
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

    private static String awaitThen(CountDownLatch start, Supplier<String> action) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return action.get();
    }

    private long anyMember() {
        return members.find(new MemberFilter(null, null, null, null), PageRequest.of(0, 1)).getFirst().id();
    }

    private EventForm eventStarting(LocalDateTime start, BigDecimal memberPrice) {
        EventForm b = events.blank();
        return new EventForm(b.kind(), "Hostile " + UUID.randomUUID(), null, start, start.plusHours(2), b.format(),
                "Durham", null, 20, memberPrice == null ? BigDecimal.ZERO : memberPrice, BigDecimal.ZERO, null, null,
                null, null, 48, BigDecimal.ZERO, b.ceType(), b.hostId(), 0);
    }

    private EventForm online(String link) {
        EventForm b = eventStarting(LocalDateTime.of(2031, 5, 1, 9, 0), null);
        return new EventForm(b.kind(), b.title(), null, b.startsAt(), b.endsAt(),
                org.collegium.events.domain.EventFormat.ONLINE, null, link, 20, BigDecimal.ZERO, BigDecimal.ZERO, null,
                null, null, null, 48, BigDecimal.ZERO, b.ceType(), b.hostId(), 0);
    }

    private static void assertFieldError(Runnable action, String field, String words) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).as(field).hasEntrySatisfying(field,
                        message -> assertThat(message).contains(words)));
    }

    private static String swapCase(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return b.toString();
    }
}
