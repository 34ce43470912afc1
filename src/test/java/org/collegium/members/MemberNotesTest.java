package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member's notes, by the roles matrix: the board and their own affiliate's administrator; not officers. */
@IntegrationTest
class MemberNotesTest {

    @Autowired MemberService members;
    @Autowired DemoData demo;
    @Autowired Roles roles;

    @AfterEach
    void clear() {
        roles.clear();
    }

    @Test
    void theBoardAndTheAffiliateAdministratorReadTheNotesAndOfficersDoNot() {
        roles.actAs("board@example.org", Role.BOARD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = members.create(new MemberForm("Nell", "Notes" + tag, "notes." + tag + "@example.org", null, null,
                Discipline.OTHER, null, null, null, null, "NC", null, "US", demo.affiliateId("CGPS"), false, false,
                "Asked us to call, not email.", 0)).id();
        assertThat(members.get(id).form().notes()).isEqualTo("Asked us to call, not email.");

        roles.actAs("officer@example.org", Role.OFFICER);
        assertThat(members.get(id).form().notes()).isNull();
        assertThat(members.get(id).form().lastName()).isEqualTo("Notes" + tag);
    }
}
