package org.collegium.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.base.domain.FieldChange;
import org.collegium.base.service.AuditService;
import org.collegium.base.service.AuditService.AuditFilter;
import org.collegium.base.service.AuditService.EntryView;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The audit log answers: who changed which member, when, and which fields from what to what. */
@IntegrationTest
class AuditServiceTest {

    @Autowired AuditService audit;
    @Autowired MemberService members;
    @Autowired Roles roles;

    @AfterEach
    void clear() {
        roles.clear();
    }

    @Test
    void aMembersHistoryShowsEachChangeWithBeforeAndAfter() {
        roles.actAs("board@example.org", Role.BOARD);
        String email = "audited-" + UUID.randomUUID() + "@example.org";
        MemberDetails m = members.create(form(email, "Raleigh", 0));
        members.update(m.id(), form(email, "Durham", m.form().version()));

        roles.actAs("officer@example.org", Role.OFFICER);
        var history = audit.find(new AuditFilter("Member", String.valueOf(m.id()), ""), PageRequest.of(0, 10));
        assertThat(history).extracting(EntryView::action).containsExactly("MEMBER_UPDATED", "MEMBER_CREATED");
        assertThat(history.getFirst().actor()).isEqualTo("board@example.org");
        assertThat(audit.changes(history.getFirst().id())).containsExactly(new FieldChange("city", "Raleigh", "Durham"));
        assertThat(audit.count(new AuditFilter("Member", String.valueOf(m.id()), "durham"))).isZero();
        assertThat(audit.count(new AuditFilter(null, null, "board@example.org"))).isPositive();
    }

    @Test
    void membersAndFacilitatorsCannotReadIt() {
        for (Role role : new Role[] {Role.MEMBER, Role.FACILITATOR, Role.AFFILIATE_ADMIN}) {
            roles.actAs("someone@example.org", role);
            assertThatThrownBy(() -> audit.count(new AuditFilter(null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static MemberForm form(String email, String city, long version) {
        return new MemberForm("Audrey", "Audited", email, null, null, Discipline.OTHER, null, null, null, city, "NC",
                null, "US", null, false, false, null, version);
    }
}
