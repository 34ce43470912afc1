package org.collegium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventFilter;
import org.collegium.events.service.EventService.When;
import org.collegium.groups.service.DemoGroups;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupRecords.RosterEntry;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;
import org.collegium.members.service.DirectoryService;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.SelfService;
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.Breakdown;
import org.collegium.reports.service.MembershipReports.SummaryFilter;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo's pure roles see exactly their role's share of the matrix: the affiliate administrator who is not a
 * member, and the facilitator who is not a member (FACILITATOR alone, their login tied to a record without a
 * membership).
 */
@IntegrationTest
class PureRolesTest {

    @Autowired MemberService members;
    @Autowired SelfService self;
    @Autowired DirectoryService directory;
    @Autowired GroupService groups;
    @Autowired RosterService roster;
    @Autowired SessionService sessions;
    @Autowired MembershipReports reports;
    @Autowired EventService events;

    @Test
    @WithUserDetails(DemoAccounts.AFFILIATE_ONLY)
    void anAffiliateAdministratorWhoIsNotAMemberSeesTheirSocietyAndHasNoMemberPages() {
        List<MemberSummary> seen = members.find(new MemberFilter(null, null, null, null), PageRequest.of(0, 500));
        assertThat(seen).isNotEmpty();
        assertThat(seen).allMatch(m -> "CGPS".equals(m.affiliateName()));
        assertThatThrownBy(() -> self.profile()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.FACILITATOR_ONLY)
    void aFacilitatorWhoIsNotAMemberRunsTheirGroupByNamesOnly() {
        GroupSummary theirs = group(DemoGroups.SUPERVISION_GROUP);
        assertThat(theirs.manages()).isTrue();
        assertThat(groups.manages(theirs.id())).isTrue();
        List<RosterEntry> names = roster.roster(theirs.id());
        assertThat(names).isNotEmpty();
        assertThat(names).allSatisfy(e -> {
            assertThat(e.name()).isNotBlank();
            assertThat(e.email()).as("names only: no email").isNull();
            assertThat(e.membershipStatus()).as("names only: no membership standing").isNull();
        });
        assertThat(sessions.managedSessions(theirs.id())).isNotEmpty();
    }

    @Test
    @WithUserDetails(DemoAccounts.FACILITATOR_ONLY)
    void aFacilitatorWhoIsNotAMemberOpensNoMemberRecordsDirectoryMembershipReportsEventsOrOtherGroups() {
        assertThatThrownBy(() -> members.find(new MemberFilter(null, null, null, null), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.standing()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> self.membership()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> self.profile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.myGroups()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.summary(new SummaryFilter(LocalDate.now(), null, Breakdown.STATUS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.find(new EventFilter(When.ALL, null, null), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        for (String other : List.of(DemoGroups.TUESDAY_GROUP, DemoGroups.PARENTS_GROUP)) {
            GroupSummary g = group(other);
            assertThat(g.manages()).as(other).isFalse();
            assertThatThrownBy(() -> roster.roster(g.id())).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.managedSessions(g.id())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private GroupSummary group(String name) {
        return groups.list(PageRequest.of(0, 100)).stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
