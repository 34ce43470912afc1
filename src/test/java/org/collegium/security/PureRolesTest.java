package org.collegium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.SelfService;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo's affiliate administrator who is not a member sees exactly that role's share of the matrix. */
@IntegrationTest
class PureRolesTest {

    @Autowired MemberService members;
    @Autowired SelfService self;

    @Test
    @WithUserDetails(DemoAccounts.AFFILIATE_ONLY)
    void anAffiliateAdministratorWhoIsNotAMemberSeesTheirSocietyAndHasNoMemberPages() {
        List<MemberSummary> seen = members.find(new MemberFilter(null, null, null, null), PageRequest.of(0, 500));
        assertThat(seen).isNotEmpty();
        assertThat(seen).allMatch(m -> "CGPS".equals(m.affiliateName()));
        assertThatThrownBy(() -> self.profile()).isInstanceOf(AccessDeniedException.class);
    }
}
