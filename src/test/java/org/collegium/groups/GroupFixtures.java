package org.collegium.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.service.GroupRecords.GroupForm;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipType;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.members.domain.TermPeriod;
import org.collegium.support.Roles;

/** People with logins and groups of their own for the groups tests, so no test leans on another's rows. */
public final class GroupFixtures {

    /** A person with a member record and a login tied to it. */
    public record Person(long memberId, String email, boolean facilitator) {
    }

    private final MemberRepository members;
    private final MembershipTypeRepository types;
    private final AccountBootstrap accounts;
    private final GroupService groups;
    private final Roles roles;

    public GroupFixtures(MemberRepository members, MembershipTypeRepository types, AccountBootstrap accounts,
            GroupService groups, Roles roles) {
        this.members = members;
        this.types = types;
        this.accounts = accounts;
        this.groups = groups;
        this.roles = roles;
    }

    /** A member in good standing (a term running today) or a lapsed one (a term that ended two years ago). */
    public Person member(String name, boolean inGoodStanding, LocalDate today) {
        return person(name, inGoodStanding, today, false);
    }

    public Person facilitator(String name, LocalDate today) {
        return person(name, true, today, true);
    }

    private Person person(String name, boolean inGoodStanding, LocalDate today, boolean facilitator) {
        String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Member m = new Member(name, "Tester", email);
        MembershipType clinical = types.findAllByOrderByName().stream().filter(t -> t.getName().equals("Clinical"))
                .findFirst().orElseThrow();
        LocalDate start = inGoodStanding ? today.minusMonths(2) : today.minusYears(3);
        m.addTerm(clinical, TermPeriod.starting(start, 12, 30), clinical.getDues(), today).settle(start); // paid
        m.recomputeStatus(today);
        members.save(m);
        EnumSet<Role> granted = facilitator ? EnumSet.of(Role.MEMBER, Role.FACILITATOR) : EnumSet.of(Role.MEMBER);
        accounts.ensureAccount(email, name + " Tester", DemoAccounts.PASSWORD, granted);
        accounts.tie(email, null, m.getId());
        return new Person(m.getId(), email, facilitator);
    }

    public void actAs(Person p) {
        if (p.facilitator()) {
            roles.actAs(p.email(), Role.MEMBER, Role.FACILITATOR);
        } else {
            roles.actAs(p.email(), Role.MEMBER);
        }
    }

    public void actAsAdmin() {
        roles.actAs("admin@example.org", Role.ADMIN);
    }

    public void actAsBoard() {
        roles.actAs("board@example.org", Role.BOARD);
    }

    /** A weekly online group created by the board, with this facilitator; the caller acts as the board after. */
    public long group(Person facilitator, DayOfWeek day, LocalTime start, int capacity, boolean membersOnly,
            LocalDate startsOn) {
        actAsBoard();
        return groups.create(form("Group " + UUID.randomUUID().toString().substring(0, 8), day, start, 60, 1,
                capacity, membersOnly, startsOn, facilitator.email()));
    }

    public static GroupForm form(String name, DayOfWeek day, LocalTime start, int minutes, int everyWeeks,
            int capacity, boolean membersOnly, LocalDate startsOn, String facilitatorEmails) {
        return new GroupForm(name, GroupKind.PEER_CONSULTATION, "A test group", day, start, minutes, everyWeeks,
                startsOn, GroupFormat.ONLINE, "Zoom", capacity, membersOnly, 10, "English", GroupCost.FREE, null,
                null, PeerGroup.DEFAULT_UNDERSTANDINGS, GroupStatus.ACTIVE, facilitatorEmails, null, 0);
    }
}
