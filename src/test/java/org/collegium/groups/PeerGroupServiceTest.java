package org.collegium.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.InvalidInputException;
import org.collegium.calendar.service.CalendarFeeds;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.SessionStatus;
import org.collegium.groups.service.GroupInvitations;
import org.collegium.groups.service.GroupRecords.GroupForm;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupRecords.JoinState;
import org.collegium.groups.service.GroupRecords.ManagedSession;
import org.collegium.groups.service.GroupRecords.RosterEntry;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Groups on MariaDB: the schedule across daylight saving, capacity, the roster and the rules around the link. */
@IntegrationTest
class PeerGroupServiceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Tuesday 20 October 2026, noon in New York: daylight saving ends twelve days later. */
    private static final Instant BEFORE_DST_ENDS = Instant.parse("2026-10-20T16:00:00Z");

    @Autowired GroupService groups;
    @Autowired RosterService roster;
    @Autowired SessionService sessions;
    @Autowired GroupInvitations invitations;
    @Autowired org.collegium.groups.service.GroupCalendar calendar;
    @Autowired OutboxMessageRepository outbox;
    @Autowired CalendarFeeds feeds;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired SocietySettingsService settingsService;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    private GroupFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        clock.set(BEFORE_DST_ENDS);
        today = LocalDate.of(2026, 10, 20);
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        roles.clear();
    }

    @Test
    void weeklySessionsAreGeneratedEightWeeksAheadAtTheSameLocalTimeAcrossTheDaylightSavingChange() {
        Person f = fixtures.facilitator("Fiona", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        List<ManagedSession> all = sessions.managedSessions(g);
        assertThat(all).hasSize(8);
        assertThat(all).allSatisfy(s -> {
            assertThat(s.startsAt().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(19, 30));
            assertThat(s.startsAt().atZone(NEW_YORK).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        });
        assertThat(all.get(1).startsAt()).isEqualTo(Instant.parse("2026-10-27T23:30:00Z"));
        assertThat(all.get(2).startsAt()).isEqualTo(Instant.parse("2026-11-04T00:30:00Z"));
        assertThat(Duration.between(all.get(1).startsAt(), all.get(2).startsAt())).isEqualTo(Duration.ofHours(169));

        // generating again (the nightly job) adds nothing; a week later it adds the ninth week
        clock.set(BEFORE_DST_ENDS.plus(Duration.ofDays(7)));
        sessions.managedSessions(g);
        assertThat(sessions.managedSessions(g)).hasSize(8);
    }

    @Test
    void aGroupKeepsItsWallClockScheduleAndInvitationTimeWhenTheSocietysZoneChanges() {
        Person f = fixtures.facilitator("Zed", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, false, today);
        Person a = fixtures.member("Zoe", true, today);
        onRoster(g, f, a);
        assertThat(groups.form(g).timeZone()).as("the society's zone at creation").isEqualTo("America/New_York");
        fixtures.actAsAdmin();
        SocietySettingsService.Settings before = settingsService.current();
        settingsService.update(before.societyName(), "America/Los_Angeles", before.version());
        try {
            clock.set(BEFORE_DST_ENDS.plus(Duration.ofDays(21))); // three weeks on, past the end of daylight saving
            fixtures.actAsBoard();
            groups.update(g, groups.form(g)); // generates the weeks now ahead, as the nightly job does
            assertThat(groups.form(fixtures.group(f, DayOfWeek.MONDAY, LocalTime.of(12, 0), 12, false, today))
                    .timeZone()).as("a new group defaults to the new zone").isEqualTo("America/Los_Angeles");
            List<ManagedSession> ahead = sessions.managedSessions(g);
            assertThat(ahead).isNotEmpty().allSatisfy(s -> {
                java.time.ZonedDateTime local = s.startsAt().atZone(NEW_YORK);
                assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
                assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(19, 30));
            });
            // shown in the viewer's zone (now the society's, Pacific) with the group's own beside it
            assertThat(groups.page(g).group().schedule()).startsWith("Tuesdays 4:30 PM")
                    .contains("7:30 PM Eastern Time, where the group meets");

            ManagedSession next = ahead.stream().filter(s -> s.startsAt().isAfter(clock.instant())).findFirst()
                    .orElseThrow();
            fixtures.actAs(f);
            sessions.setLink(next.id(), "https://meet.example.org/zone-1930");
            roles.clear();
            clock.set(next.startsAt().minus(Duration.ofHours(4)));
            invitations.sendDue();
            assertThat(invitationsFor(a)).singleElement().satisfies(m -> assertThat(m.getBody())
                    .contains("meets on Nov 10, 2026, 7:30").contains("ET.").doesNotContain("4:30")
                    .contains("closed to new attendees at 7:40 PM"));
        } finally {
            fixtures.actAsAdmin();
            settingsService.update(before.societyName(), before.timeZone().getId(),
                    settingsService.current().version());
        }
    }

    @Test
    void aChangedScheduleReplacesTheUntouchedSessionsAhead() {
        Person f = fixtures.facilitator("Felix", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        GroupForm form = groups.form(g);
        fixtures.actAs(f);
        groups.update(g, new GroupForm(form.name(), form.kind(), form.description(), DayOfWeek.WEDNESDAY,
                LocalTime.of(18, 0), 60, 1, form.startsOn(), form.format(), form.location(), form.capacity(),
                form.membersOnly(), form.lockMinutes(), form.language(), form.cost(), form.costNote(),
                form.accessibilityNotes(), form.understandings(), form.status(), form.facilitatorEmails(),
                form.timeZone(), form.version()));
        assertThat(sessions.managedSessions(g)).isNotEmpty().allSatisfy(s -> assertThat(s.startsAt().atZone(NEW_YORK)
                .toLocalDateTime()).matches(t -> t.getDayOfWeek() == DayOfWeek.WEDNESDAY
                        && t.toLocalTime().equals(LocalTime.of(18, 0))));
    }

    @Test
    void joiningNeedsTheUnderstandingsAcknowledgedAndApprovalIsRefusedWhenTheGroupIsFull() {
        Person f = fixtures.facilitator("Frank", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 2, true, today);
        Person a = fixtures.member("Ann", true, today);
        Person b = fixtures.member("Bea", true, today);
        Person c = fixtures.member("Cal", true, today);

        fixtures.actAs(a);
        assertThatThrownBy(() -> roster.requestToJoin(g, false)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("understandings");
        for (Person p : List.of(a, b, c)) {
            fixtures.actAs(p);
            roster.requestToJoin(g, true);
        }
        fixtures.actAs(a);
        assertThatThrownBy(() -> roster.requestToJoin(g, true)).hasMessageContaining("already");

        fixtures.actAs(f);
        roster.approve(entry(g, a).membershipId());
        roster.approve(entry(g, b).membershipId());
        assertThatThrownBy(() -> roster.approve(entry(g, c).membershipId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("full");
        assertThat(groups.page(g).group().seatsLeft()).isZero();

        fixtures.actAs(b);
        roster.leave(g);
        fixtures.actAs(f);
        roster.approve(entry(g, c).membershipId());
        assertThat(roster.roster(g)).extracting(RosterEntry::status).containsOnly(GroupMembershipStatus.ACTIVE);
        assertThat(outbox.findAll()).anyMatch(m -> m.getRecipient().equals(c.email())
                && m.getSubject().startsWith("Welcome to"));
    }

    @Test
    void aMembersOnlyGroupRefusesALapsedMemberAndAnOpenGroupFlagsThemOnTheRoster() {
        Person f = fixtures.facilitator("Flo", today);
        long membersOnly = fixtures.group(f, DayOfWeek.MONDAY, LocalTime.of(12, 0), 12, true, today);
        long open = fixtures.group(f, DayOfWeek.FRIDAY, LocalTime.of(12, 0), 12, false, today);
        Person lapsed = fixtures.member("Lou", false, today);
        assertThat(memberRepository.findById(lapsed.memberId()).orElseThrow().getStatus())
                .isEqualTo(MembershipStatus.LAPSED);

        fixtures.actAs(lapsed);
        assertThatThrownBy(() -> roster.requestToJoin(membersOnly, true)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("lapsed");
        roster.requestToJoin(open, true);
        fixtures.actAs(f);
        roster.approve(entry(open, lapsed).membershipId());
        RosterEntry seenByFacilitator = entry(open, lapsed);
        assertThat(seenByFacilitator.name()).isNotBlank();
        assertThat(seenByFacilitator.email()).as("names only").isNull();
        assertThat(seenByFacilitator.membershipStatus()).isNull();
        assertThat(seenByFacilitator.lapsed()).isFalse();
        roles.actAs("board@example.org", Role.BOARD);
        RosterEntry e = entry(open, lapsed);
        assertThat(e.lapsed()).isTrue();
        assertThat(e.membershipStatus()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(e.email()).isEqualTo(lapsed.email());
    }

    @Test
    void facilitatorsManageOnlyTheirOwnGroups() {
        Person mine = fixtures.facilitator("Mina", today);
        Person other = fixtures.facilitator("Otto", today);
        long g = fixtures.group(mine, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person a = fixtures.member("Ada", true, today);
        fixtures.actAs(a);
        roster.requestToJoin(g, true);
        long request = entryAsBoard(g, a).membershipId();
        long session = firstSession(g);

        fixtures.actAs(other);
        assertThatThrownBy(() -> roster.approve(request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.roster(g)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.managedSessions(g)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.setLink(session, "https://meet.example.org/x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.cancel(session, "No")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.form(g)).isInstanceOf(AccessDeniedException.class);
        assertThat(groups.manages(g)).isFalse();

        fixtures.actAs(mine);
        roster.approve(request);
        assertThat(groups.manages(g)).isTrue();
        // a facilitator cannot hand their group to someone else: that is the board's
        GroupForm form = groups.form(g);
        assertThatThrownBy(() -> groups.update(g, withFacilitators(form, other.email())))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.actAsBoard();
        groups.update(g, withFacilitators(form, other.email()));
        fixtures.actAs(other);
        assertThat(sessions.managedSessions(g)).isNotEmpty();
    }

    @Test
    void theLinkIsRefusedFromExactlyTheLockMinuteToAnyoneWhoHadNotJoined() {
        Person f = fixtures.facilitator("Faye", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person early = fixtures.member("Early", true, today);
        Person late = fixtures.member("Late", true, today);
        Person later = fixtures.member("Later", true, today);
        onRoster(g, f, early, late, later);
        ManagedSession tonight = sessions.managedSessions(g).getFirst();
        fixtures.actAs(f);
        sessions.setLink(tonight.id(), "https://meet.example.org/tuesday-1020");
        Instant start = tonight.startsAt();
        Instant lock = start.plus(Duration.ofMinutes(10));

        clock.set(start.minus(Duration.ofMinutes(31)));
        fixtures.actAs(early);
        assertThatThrownBy(() -> sessions.join(tonight.id())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("opens at");

        clock.set(lock.minusSeconds(1));
        assertThat(sessions.join(tonight.id())).isEqualTo("https://meet.example.org/tuesday-1020");

        clock.set(lock);
        fixtures.actAs(late);
        assertThat(stateOf(g, tonight.id())).isEqualTo(JoinState.LOCKED);
        assertThatThrownBy(() -> sessions.join(tonight.id())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("closed to new attendees at 7:40 PM");

        clock.set(lock.plusSeconds(1));
        fixtures.actAs(later);
        assertThatThrownBy(() -> sessions.join(tonight.id())).isInstanceOf(BusinessRuleException.class);
        fixtures.actAs(early);
        assertThat(stateOf(g, tonight.id())).isEqualTo(JoinState.JOINED);
        assertThat(sessions.join(tonight.id())).as("joined in time, keeps the link").contains("tuesday-1020");

        // only the one who joined is recorded; a facilitator still has the link
        fixtures.actAs(f);
        assertThat(sessions.attendance(tonight.id())).filteredOn(e -> e.attended()).extracting(e -> e.memberId())
                .containsExactly(early.memberId());
        assertThat(sessions.join(tonight.id())).contains("tuesday-1020");
    }

    @Test
    void nobodyOffTheActiveRosterGetsTheLinkByAnyServiceCall() {
        Person f = fixtures.facilitator("Fern", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, false, today);
        Person onIt = fixtures.member("Olive", true, today);
        Person asked = fixtures.member("Asa", true, today);
        Person left = fixtures.member("Lea", true, today);
        Person stranger = fixtures.member("Stan", true, today);
        Person otherFacilitator = fixtures.facilitator("Otis", today);
        onRoster(g, f, onIt, left);
        fixtures.actAs(asked);
        roster.requestToJoin(g, true);
        fixtures.actAs(left);
        roster.leave(g);
        long s = firstSession(g);
        fixtures.actAs(f);
        sessions.setLink(s, "https://meet.example.org/secret-1020");
        clock.set(sessions.managedSessions(g).getFirst().startsAt());

        for (Person p : List.of(asked, left, stranger, otherFacilitator)) {
            fixtures.actAs(p);
            assertThatThrownBy(() -> sessions.join(s)).as(p.email()).isInstanceOf(AccessDeniedException.class);
            assertThat(stateOf(g, s)).isEqualTo(JoinState.NOT_ON_ROSTER);
        }
        fixtures.actAs(otherFacilitator);
        assertThatThrownBy(() -> sessions.managedSessions(g)).isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.OFFICER, Role.AFFILIATE_ADMIN)) {
            roles.actAs("someone@example.org", role);
            assertThatThrownBy(() -> sessions.join(s)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.managedSessions(g)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> groups.page(g)).isInstanceOf(AccessDeniedException.class);
        }
        roles.clear();
        assertThatThrownBy(() -> sessions.join(s)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        fixtures.actAs(onIt);
        assertThat(sessions.join(s)).contains("secret-1020");
        // the calendar and the member's pages carry no link at all
        assertThat(feedOf(onIt)).contains("group-session-" + s + "@collegium").doesNotContain("secret-1020");
        fixtures.actAs(onIt);
        assertThat(groups.page(g).toString()).doesNotContain("secret-1020");
        assertThat(sessions.myGroups().toString()).doesNotContain("secret-1020");
        fixtures.actAsBoard();
        assertThat(sessions.managedSessions(g).getFirst().meetingLink()).contains("secret-1020");
    }

    @Test
    void attendedSessionsCountAsGroupExperienceHoursAndTheFacilitatorCorrectsThem() {
        Person f = fixtures.facilitator("Fay", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person a = fixtures.member("Abe", true, today);
        Person b = fixtures.member("Bo", true, today);
        onRoster(g, f, a, b);
        List<ManagedSession> weeks = sessions.managedSessions(g);
        fixtures.actAs(f);
        sessions.setLink(weeks.get(0).id(), "https://meet.example.org/w1");
        sessions.setLink(weeks.get(1).id(), "https://meet.example.org/w2");
        sessions.cancel(weeks.get(2).id(), "The facilitator is at the conference.");

        clock.set(weeks.get(0).startsAt());
        fixtures.actAs(a);
        sessions.join(weeks.get(0).id());
        clock.set(weeks.get(1).startsAt().plusSeconds(60));
        sessions.join(weeks.get(1).id());
        clock.set(weeks.get(1).endsAt().plusSeconds(60));
        assertThat(sessions.myGroups().hours()).isEqualTo(2.0);

        // b forgot to join through the portal in week 1; the facilitator adds b and removes a there
        fixtures.actAs(f);
        sessions.correctAttendance(weeks.get(0).id(), List.of(b.memberId()));
        fixtures.actAs(a);
        assertThat(sessions.myGroups().hours()).isEqualTo(1.0);
        fixtures.actAs(b);
        assertThat(sessions.myGroups().hours()).isEqualTo(1.0);
        assertThat(sessions.myGroups().groups()).extracting(m -> m.groupId()).contains(g);
        assertThatThrownBy(() -> sessions.hoursFor(a.memberId())).isInstanceOf(AccessDeniedException.class);

        fixtures.actAs(f);
        assertThatThrownBy(() -> sessions.correctAttendance(weeks.get(2).id(), List.of(a.memberId())))
                .hasMessageContaining("cancelled");
        Person stranger = fixtures.member("Stu", true, today);
        fixtures.actAs(f);
        assertThatThrownBy(() -> sessions.correctAttendance(weeks.get(1).id(), List.of(stranger.memberId())))
                .hasMessageContaining("roster");
    }

    @Test
    void anAttendanceCorrectionOffersAndAcceptsOnlyThoseOnTheRosterAtTheTimeOfTheSession() {
        Person f = fixtures.facilitator("Flo", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person early = fixtures.member("Early", true, today);
        Person gone = fixtures.member("Gone", true, today);
        onRoster(g, f, early, gone);
        List<ManagedSession> weeks = sessions.managedSessions(g);
        // gone leaves after the first week's session; late joins the day after the second week's
        clock.set(weeks.get(0).endsAt().plusSeconds(60));
        fixtures.actAs(gone);
        roster.leave(g);
        clock.set(weeks.get(1).endsAt().plus(Duration.ofDays(1)));
        Person late = fixtures.member("Late", true, today);
        onRoster(g, f, late);
        clock.set(weeks.get(2).endsAt().plusSeconds(60));

        fixtures.actAs(f);
        assertThat(sessions.attendance(weeks.get(0).id())).extracting(e -> e.memberId())
                .containsExactlyInAnyOrder(early.memberId(), gone.memberId());
        assertThat(sessions.attendance(weeks.get(1).id())).extracting(e -> e.memberId())
                .containsExactly(early.memberId());
        assertThat(sessions.attendance(weeks.get(2).id())).extracting(e -> e.memberId())
                .containsExactlyInAnyOrder(early.memberId(), late.memberId());
        assertThatThrownBy(() -> sessions.correctAttendance(weeks.get(1).id(), List.of(late.memberId())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at the time of this session");
        assertThatThrownBy(() -> sessions.correctAttendance(weeks.get(1).id(), List.of(gone.memberId())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at the time of this session");
        sessions.correctAttendance(weeks.get(0).id(), List.of(early.memberId(), gone.memberId()));
        sessions.correctAttendance(weeks.get(2).id(), List.of(late.memberId()));
        assertThat(sessions.attendance(weeks.get(0).id())).filteredOn(e -> e.attended()).hasSize(2);
        assertThat(sessions.attendance(weeks.get(2).id())).filteredOn(e -> e.attended())
                .extracting(e -> e.memberId()).containsExactly(late.memberId());
    }

    @Test
    void cancellingAWeekTellsTheRosterWithTheReasonAndAnExtraSessionCanBeAdded() {
        Person f = fixtures.facilitator("Finn", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person a = fixtures.member("Amy", true, today);
        onRoster(g, f, a);
        long next = sessions.managedSessions(g).get(1).id();
        fixtures.actAs(f);
        assertThatThrownBy(() -> sessions.cancel(next, " ")).isInstanceOf(InvalidInputException.class);
        sessions.cancel(next, "Election day");
        assertThat(sessions.managedSessions(g).get(1).status()).isEqualTo(SessionStatus.CANCELLED);
        List<OutboxMessage> told = outbox.findAll().stream().filter(m -> m.getSubject().contains("no session on"))
                .filter(m -> m.getRecipient().equals(a.email()) || m.getRecipient().equals(f.email())).toList();
        assertThat(told).hasSize(2).allSatisfy(m -> assertThat(m.getBody()).contains("Election day"));

        long extra = sessions.addExtra(g, LocalDate.of(2026, 10, 29), LocalTime.of(19, 30));
        assertThat(sessions.managedSessions(g)).anyMatch(s -> s.id() == extra && s.extra()
                && s.startsAt().equals(Instant.parse("2026-10-29T23:30:00Z")));
        assertThatThrownBy(() -> sessions.addExtra(g, LocalDate.of(2026, 10, 1), LocalTime.NOON))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.setLink(extra, "not a link")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theWeeksInvitationWithItsLinkGoesOnceToTheRosterAtTheConfiguredTimeBefore() {
        Person f = fixtures.facilitator("Fred", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person a = fixtures.member("Ali", true, today);
        Person asked = fixtures.member("Ask", true, today);
        onRoster(g, f, a);
        fixtures.actAs(asked);
        roster.requestToJoin(g, true);
        fixtures.actAs(f);
        ManagedSession tonight = sessions.managedSessions(g).getFirst();
        sessions.setLink(tonight.id(), "https://meet.example.org/invite-1020");
        roles.clear();

        clock.set(tonight.startsAt().minus(Duration.ofHours(4)).minusSeconds(1));
        invitations.sendDue();
        assertThat(invitationsFor(a)).isEmpty();
        clock.set(tonight.startsAt().minus(Duration.ofHours(4)));
        invitations.sendDue();
        invitations.sendDue();
        assertThat(invitationsFor(a)).hasSize(1).allSatisfy(m -> assertThat(m.getBody()).contains("invite-1020"));
        assertThat(invitationsFor(f)).hasSize(1);
        assertThat(invitationsFor(asked)).isEmpty();

        fixtures.actAs(f);
        roster.approve(entry(g, asked).membershipId());
        assertThat(invitationsFor(asked)).as("approved after this week's invitation went out: gets it too")
                .hasSize(1).allSatisfy(m -> assertThat(m.getBody()).contains("invite-1020"));
    }

    @Test
    void inAMembersOnlyGroupARosterMemberWhoseMembershipIsNotCurrentGetsNoLinkUntilTheyRenew() {
        Person f = fixtures.facilitator("Fay", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person current = fixtures.member("Cur", true, today);
        Person lapsing = fixtures.member("Lap", true, today);
        onRoster(g, f, current, lapsing);
        transactions.executeWithoutResult(tx -> memberRepository.findById(lapsing.memberId()).orElseThrow()
                .close(MembershipStatus.LAPSED, today, today));
        fixtures.actAs(f);
        ManagedSession tonight = sessions.managedSessions(g).getFirst();
        sessions.setLink(tonight.id(), "https://meet.example.org/members-1930");
        assertThat(entry(g, lapsing).lapsed()).as("the facilitator sees why").isTrue();
        roles.clear();

        clock.set(tonight.startsAt().minus(Duration.ofHours(4)));
        invitations.sendDue();
        assertThat(invitationsFor(current)).hasSize(1);
        assertThat(invitationsFor(lapsing)).as("no link by email").isEmpty();

        clock.set(tonight.startsAt());
        fixtures.actAs(lapsing);
        assertThat(stateOf(g, tonight.id())).isEqualTo(JoinState.MEMBERSHIP_NOT_CURRENT);
        assertThatThrownBy(() -> sessions.join(tonight.id())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Renew under \"My membership\"");
        fixtures.actAs(current);
        assertThat(sessions.join(tonight.id())).isEqualTo("https://meet.example.org/members-1930");
    }

    @Test
    void theGroupsCalendarHasItsSessionsAtTheirTimesAndNeverTheLink() {
        Person f = fixtures.facilitator("Cleo", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        fixtures.actAs(f);
        List<ManagedSession> weeks = sessions.managedSessions(g);
        sessions.setLink(weeks.getFirst().id(), "https://meet.example.org/calendar-secret");
        sessions.cancel(weeks.get(1).id(), "Holiday");
        Person m = fixtures.member("Cara", true, today);
        fixtures.actAs(m);
        String ics = new String(calendar.forGroup(g).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VCALENDAR", "DTSTART:20261020T233000Z", "DTSTART:20261104T003000Z",
                "STATUS:CANCELLED").doesNotContain("calendar-secret");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(9);
    }

    @Test
    void theGroupsListIsReadAPageAtATimeWithSeatsLeftCountedInTheDatabase() {
        Person f = fixtures.facilitator("Pam", today);
        long full = fixtures.group(f, DayOfWeek.MONDAY, LocalTime.of(12, 0), 2, true, today);
        fixtures.group(f, DayOfWeek.MONDAY, LocalTime.of(13, 0), 12, true, today);
        fixtures.group(f, DayOfWeek.MONDAY, LocalTime.of(14, 0), 12, true, today);
        onRoster(full, f, fixtures.member("Pip", true, today), fixtures.member("Pat", true, today));
        Person m = fixtures.member("Pia", true, today);
        fixtures.actAs(m);

        long count = groups.count();
        assertThat(count).isGreaterThanOrEqualTo(3);
        assertThat(groups.list(PageRequest.of(0, 2))).hasSize(2);
        List<GroupSummary> walked = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < count; page++) {
            List<GroupSummary> one = groups.list(PageRequest.of(page, 2));
            assertThat(one).hasSizeLessThanOrEqualTo(2);
            walked.addAll(one);
        }
        assertThat(walked).hasSize((int) count);
        assertThat(walked.stream().map(GroupSummary::id).distinct()).hasSize((int) count);
        GroupSummary fullOne = walked.stream().filter(g -> g.id() == full).findFirst().orElseThrow();
        assertThat(fullOne.seatsLeft()).isZero();
        assertThat(fullOne.facilitators()).containsExactly("Pam Tester");
        assertThat(walked).noneMatch(GroupSummary::manages);
        fixtures.actAs(f);
        assertThat(groups.list(PageRequest.of(0, (int) count))).filteredOn(GroupSummary::manages).hasSize(3);
    }

    @Test
    void theMembersPersonalFeedHasTheirGroupsSessionsWithoutTheLinkAndNoOtherGroups() {
        Person f = fixtures.facilitator("Gil", today);
        long mine = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        long notMine = fixtures.group(f, DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), 12, true, today);
        long onlyAsked = fixtures.group(f, DayOfWeek.THURSDAY, LocalTime.of(18, 0), 12, true, today);
        Person m = fixtures.member("Gus", true, today);
        onRoster(mine, f, m);
        fixtures.actAs(m);
        roster.requestToJoin(onlyAsked, true);
        fixtures.actAs(f);
        List<ManagedSession> weeks = sessions.managedSessions(mine);
        sessions.setLink(weeks.getFirst().id(), "https://meet.example.org/feed-secret");
        sessions.cancel(weeks.get(1).id(), "Thanksgiving week");
        sessions.setLink(sessions.managedSessions(notMine).getFirst().id(), "https://meet.example.org/not-mine");
        String nameOfMine = groups.page(mine).group().name();
        String nameOfNotMine = groups.page(notMine).group().name();
        String nameOfOnlyAsked = groups.page(onlyAsked).group().name();

        String feed = feedOf(m);
        assertThat(feed).contains("group-session-" + weeks.getFirst().id() + "@collegium",
                "group-session-" + weeks.get(1).id() + "@collegium", "SUMMARY:" + nameOfMine,
                "DTSTART:20261020T233000Z", "STATUS:CANCELLED", "Thanksgiving week")
                .doesNotContain("feed-secret", "not-mine", "meet.example.org", "URL:",
                        nameOfNotMine, nameOfOnlyAsked);
        assertThat(feed.split("SUMMARY:" + nameOfMine, -1)).hasSize(weeks.size() + 1);
        assertThat(feedOf(f)).as("a facilitator's feed has the groups they run")
                .contains(nameOfNotMine).doesNotContain("meet.example.org");
    }

    /** The member's personal feed as a calendar app reads it: by its token, with nobody signed in. */
    private String feedOf(Person p) {
        fixtures.actAs(p);
        String path = feeds.myFeedPath();
        roles.clear();
        String token = path.substring(CalendarFeeds.FEED_PATH.length(), path.length() - ".ics".length());
        return feeds.feed(token).orElseThrow();
    }

    private List<OutboxMessage> invitationsFor(Person p) {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals(p.email())
                && m.getSubject().contains("this week's invitation")).toList();
    }

    private JoinState stateOf(long groupId, long sessionId) {
        return groups.page(groupId).upcoming().stream().filter(s -> s.id() == sessionId).findFirst().orElseThrow()
                .joinState();
    }

    private void onRoster(long groupId, Person facilitator, Person... people) {
        for (Person p : people) {
            fixtures.actAs(p);
            roster.requestToJoin(groupId, true);
            fixtures.actAs(facilitator);
            roster.approve(entry(groupId, p).membershipId());
        }
    }

    private RosterEntry entry(long groupId, Person p) {
        return roster.roster(groupId).stream().filter(e -> e.memberId() == p.memberId()).findFirst().orElseThrow();
    }

    private RosterEntry entryAsBoard(long groupId, Person p) {
        fixtures.actAsBoard();
        return entry(groupId, p);
    }

    private long firstSession(long groupId) {
        fixtures.actAsBoard();
        return sessions.managedSessions(groupId).getFirst().id();
    }

    private static GroupForm withFacilitators(GroupForm f, String emails) {
        return new GroupForm(f.name(), f.kind(), f.description(), f.day(), f.start(), f.durationMinutes(),
                f.intervalWeeks(), f.startsOn(), f.format(), f.location(), f.capacity(), f.membersOnly(),
                f.lockMinutes(), f.language(), f.cost(), f.costNote(), f.accessibilityNotes(), f.understandings(),
                f.status(), emails, f.timeZone(), f.version());
    }
}
