package org.collegium.groups.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.base.service.OpenAccess;
import org.collegium.members.service.MemberLookup;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.AttendanceSource;
import org.collegium.groups.domain.GroupAttendance;
import org.collegium.groups.domain.GroupAttendanceRepository;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupMembership;
import org.collegium.groups.domain.GroupMembershipRepository;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.GroupSessionRepository;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside production, on a database without groups: the seed's Tuesday evening peer-support group (facilitated by
 * facilitator@example.org; member@example.org is deliberately not on its roster, so that they can ask to join as a
 * new member would), a peer supervision group every fourth Thursday, and a group for therapist parents with
 * member@example.org on its roster; four weeks of past sessions with attendance. The supervision circle is
 * co-facilitated by facilitator-only@example.org, a facilitator who is not a member.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "collegium.demo.enabled", matchIfMissing = true)
@Order(30)
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
public class DemoGroups implements ApplicationRunner {

    public static final String TUESDAY_GROUP = "Tuesday evening peer support";
    public static final String SUPERVISION_GROUP = "Peer supervision circle";
    public static final String PARENTS_GROUP = "Therapist parents";

    private static final Logger log = LoggerFactory.getLogger(DemoGroups.class);

    private final PeerGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupSessionRepository sessions;
    private final GroupAttendanceRepository attendance;
    private final MemberLookup members;
    private final SessionGenerator generator;
    private final SocietyClock clock;
    private final GroupCeHours ceHours;

    public DemoGroups(PeerGroupRepository groups, GroupMembershipRepository memberships,
            GroupSessionRepository sessions, GroupAttendanceRepository attendance, MemberLookup members,
            SessionGenerator generator, SocietyClock clock, GroupCeHours ceHours) {
        this.ceHours = ceHours;
        this.groups = groups;
        this.memberships = memberships;
        this.sessions = sessions;
        this.attendance = attendance;
        this.members = members;
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (groups.count() > 0) {
            return;
        }
        Member facilitator = members.findByEmail("facilitator@example.org").orElse(null);
        Member member = members.findByEmail("member@example.org").orElse(null);
        if (facilitator == null || member == null) {
            return; // no demo members (another demo set-up): nothing to hang groups on
        }
        List<Member> active = members.findAll(Sort.by("id")).stream()
                .filter(m -> m.getStatus() == MembershipStatus.ACTIVE && m.getId() > member.getId() + 2).toList();
        Member lapsed = members.findAll(Sort.by("id")).stream()
                .filter(m -> m.getStatus() == MembershipStatus.LAPSED).findFirst().orElseThrow();
        LocalDate today = clock.today();
        LocalDate fourWeeksAgo = today.minusWeeks(4);

        PeerGroup tuesday = new PeerGroup(TUESDAY_GROUP, GroupKind.SUPPORT, DayOfWeek.TUESDAY, LocalTime.of(19, 30),
                60, GroupFormat.ONLINE, fourWeeksAgo);
        tuesday.describe(TUESDAY_GROUP, GroupKind.SUPPORT, """
                A free weekly online peer support group for members: a place to share ideas and resources, hear \
                what is going on with each other and with the society, and talk about our professional and personal \
                lives in the company of others who do what we do. No prior group experience is necessary.""",
                GroupFormat.ONLINE, "Zoom (a new invitation each week)", "English", GroupCost.FREE, null,
                "Captions on; join by phone if you prefer. A private space helps; cameras optional.",
                PeerGroup.DEFAULT_UNDERSTANDINGS);
        tuesday.getFacilitators().add(facilitator);
        PeerGroup supervision = new PeerGroup(SUPERVISION_GROUP, GroupKind.SUPERVISION, DayOfWeek.THURSDAY,
                LocalTime.of(12, 0), 90, GroupFormat.IN_PERSON, fourWeeksAgo);
        supervision.schedule(DayOfWeek.THURSDAY, LocalTime.of(12, 0), 90, 4, fourWeeksAgo);
        supervision.describe(SUPERVISION_GROUP, GroupKind.SUPERVISION, """
                Peer supervision once a month (every fourth Thursday) for clinicians who run groups: bring what \
                happens in your groups and in you.""", GroupFormat.IN_PERSON,
                "Society office, 100 Main Street, Raleigh (step-free entrance)", "English", GroupCost.SLIDING_SCALE,
                "$10–$30 a session, pay what you can", "Step-free entrance; accessible restroom on the same floor.",
                PeerGroup.DEFAULT_UNDERSTANDINGS);
        supervision.setAccess(10, true, 10);
        supervision.getFacilitators().add(active.get(0));
        // co-facilitated by a facilitator who is not a member (facilitator-only@: FACILITATOR role alone)
        members.findByEmail(DemoAccounts.FACILITATOR_ONLY).ifPresent(supervision.getFacilitators()::add);
        PeerGroup parents = new PeerGroup(PARENTS_GROUP, GroupKind.SPECIAL_INTEREST, DayOfWeek.WEDNESDAY,
                LocalTime.of(20, 30), 60, GroupFormat.ONLINE, fourWeeksAgo);
        parents.describe(PARENTS_GROUP, GroupKind.SPECIAL_INTEREST, """
                For therapist moms and dads balancing the work with busy home lives: networking, information-sharing \
                and commiserating, after the children's bedtime.""", GroupFormat.ONLINE, "Zoom", "English",
                GroupCost.FREE, null, "Cameras optional; children interrupting is fine.",
                PeerGroup.DEFAULT_UNDERSTANDINGS);
        parents.setAccess(12, false, 10);
        parents.getFacilitators().add(active.get(1));
        List.of(tuesday, supervision, parents).forEach(g -> g.setZone(clock.zone())); // the society's, as created
        groups.saveAll(List.of(tuesday, supervision, parents));
        groups.flush();

        Instant now = clock.instant();
        // the rosters were there before the four weeks of past sessions (whose attendance can be corrected)
        Instant joined = fourWeeksAgo.minusWeeks(1).atStartOfDay(clock.zone()).toInstant();
        roster(tuesday, active.subList(2, 10), joined);
        roster(tuesday, List.of(lapsed), joined);
        GroupMembership waiting = new GroupMembership(tuesday, active.get(10), now);
        memberships.save(waiting);
        roster(supervision, active.subList(11, 17), joined);
        roster(parents, active.subList(17, 22), joined);
        roster(parents, List.of(member), joined);

        Random random = new Random(7);
        for (PeerGroup g : List.of(tuesday, supervision, parents)) {
            generator.generate(g, fourWeeksAgo);
        }
        sessions.flush();
        sessions.markEndedAsHeld(now);
        for (PeerGroup g : List.of(tuesday, supervision, parents)) {
            List<GroupMembership> roster = memberships.findRoster(g.getId(), List.of(GroupMembershipStatus.ACTIVE));
            for (GroupSession s : sessions.findForGroup(g.getId(), Instant.EPOCH, now)) {
                if (!s.getEndsAt().isAfter(now)) {
                    for (GroupMembership gm : roster) {
                        if (random.nextInt(4) > 0 || gm.getMember().equals(member)) {
                            ceHours.attended(attendance.saveAndFlush(new GroupAttendance(s, gm.getMember(),
                                    s.getStartsAt(), AttendanceSource.PORTAL, "demo")));
                        }
                    }
                }
            }
        }
        log.info("Demo data: peer groups {}, {} and {} with rosters and four weeks of sessions", TUESDAY_GROUP,
                SUPERVISION_GROUP, PARENTS_GROUP);
    }

    private void roster(PeerGroup g, List<Member> people, Instant joined) {
        for (Member m : people) {
            GroupMembership gm = new GroupMembership(g, m, joined);
            gm.decide(GroupMembershipStatus.ACTIVE, joined, "demo");
            memberships.save(gm);
        }
    }
}
