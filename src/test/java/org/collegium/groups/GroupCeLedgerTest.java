package org.collegium.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.service.CeEntry;
import org.collegium.credentials.service.CeLedger;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.service.GroupRecords.GroupForm;
import org.collegium.groups.service.GroupRecords.ManagedSession;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 16: peer-group attendance counts in the CE ledger by itself, and an undone attendance no longer does. */
@IntegrationTest
class GroupCeLedgerTest {

    private static final Instant NOON = Instant.parse("2026-10-20T16:00:00Z");

    @Autowired GroupService groups;
    @Autowired RosterService roster;
    @Autowired SessionService sessions;
    @Autowired CeLedger ledger;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired TransactionTemplate transactions;

    private GroupFixtures fixtures;
    private final LocalDate today = LocalDate.of(2026, 10, 20);

    @BeforeEach
    void setUp() {
        clock.set(NOON);
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        roles.clear();
    }

    @Test
    void joiningASessionRecordsInformalGroupHoursAndACorrectionWithdrawsThem() {
        Person f = fixtures.facilitator("Lena", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person a = fixtures.member("Ledger", true, today);
        Person b = fixtures.member("Lately", true, today);
        onRoster(g, f, a, b);
        List<ManagedSession> weeks = sessions.managedSessions(g);
        fixtures.actAs(f);
        sessions.setLink(weeks.get(0).id(), "https://meet.example.org/ledger");

        clock.set(weeks.get(0).startsAt());
        fixtures.actAs(a);
        sessions.join(weeks.get(0).id());
        List<CeEntry> rows = hours(a);
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(CeSource.PEER_GROUP);
            assertThat(e.hours()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(e.formality()).isEqualTo(CeFormality.INFORMAL);
            assertThat(e.delivery()).isEqualTo(CeDelivery.ONLINE);
            assertThat(e.topics()).containsExactly(CeTopic.GROUP_PSYCHOTHERAPY);
            assertThat(e.earnedOn()).isEqualTo(today);
        });

        // the facilitator records b (who forgot to join through the portal) and removes a
        clock.set(weeks.get(0).endsAt().plusSeconds(60));
        fixtures.actAs(f);
        sessions.correctAttendance(weeks.get(0).id(), List.of(b.memberId()));
        assertThat(hours(a)).isEmpty();
        assertThat(hours(b)).singleElement().satisfies(e -> assertThat(e.hours()).isEqualByComparingTo("1"));
        sessions.correctAttendance(weeks.get(0).id(), List.of(a.memberId(), b.memberId()));
        assertThat(hours(a)).hasSize(1);
        assertThat(hours(b)).hasSize(1);
    }

    @Test
    void aSupervisionGroupInPersonCountsAsSupervisionTooAndInPerson() {
        Person f = fixtures.facilitator("Sunny", today);
        fixtures.actAsBoard();
        long g = groups.create(new GroupForm("Supervision " + UUID.randomUUID().toString().substring(0, 8),
                GroupKind.SUPERVISION, "A test group", DayOfWeek.TUESDAY, LocalTime.of(19, 30), 90, 1, today,
                GroupFormat.IN_PERSON, "Room 2, 1 Main St", 12, true, 10, "English", GroupCost.FREE, null, null,
                PeerGroup.DEFAULT_UNDERSTANDINGS, GroupStatus.ACTIVE, f.email(), null, 0));
        Person a = fixtures.member("Supervisee", true, today);
        onRoster(g, f, a);
        List<ManagedSession> weeks = sessions.managedSessions(g);
        clock.set(weeks.get(0).endsAt().plusSeconds(60));
        fixtures.actAs(f);
        sessions.correctAttendance(weeks.get(0).id(), List.of(a.memberId()));
        assertThat(hours(a)).singleElement().satisfies(e -> {
            assertThat(e.hours()).isEqualByComparingTo("1.5");
            assertThat(e.delivery()).isEqualTo(CeDelivery.IN_PERSON);
            assertThat(e.topics()).containsExactlyInAnyOrder(CeTopic.GROUP_PSYCHOTHERAPY, CeTopic.SUPERVISION);
        });
    }

    private List<CeEntry> hours(Person p) {
        return transactions.execute(t -> ledger.earned(p.memberId(), today.minusYears(1), today.plusYears(1)))
                .stream().filter(e -> e.source() == CeSource.PEER_GROUP).toList();
    }

    private void onRoster(long groupId, Person facilitator, Person... people) {
        for (Person p : people) {
            fixtures.actAs(p);
            roster.requestToJoin(groupId, true);
            fixtures.actAs(facilitator);
            roster.approve(roster.roster(groupId).stream().filter(e -> e.memberId() == p.memberId()).findFirst()
                    .orElseThrow().membershipId());
        }
    }
}
