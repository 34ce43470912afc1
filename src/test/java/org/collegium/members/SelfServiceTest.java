package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.DirectoryService;
import org.collegium.members.service.DirectoryService.DirectoryEntry;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.SelfService;
import org.collegium.members.service.SelfService.MyProfile;
import org.collegium.members.service.SelfService.ProfileForm;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** A member keeps their own record; the directory shows only those who chose to be listed. */
@IntegrationTest
class SelfServiceTest {

    @Autowired SelfService self;
    @Autowired DemoData demo;
    @Autowired DirectoryService directory;
    @Autowired MemberService members;
    @Autowired Roles roles;
    @Autowired SocietyClock clock;

    @AfterEach
    void clear() {
        roles.clear();
    }

    @Test
    void aMemberEditsTheirOwnContactAndListingButNotTheirNameOrStatus() {
        roles.actAs("member@example.org", Role.MEMBER);
        MyProfile before = self.profile();
        MyProfile after = self.updateProfile(new ProfileForm("704-555-0123", "LCSW, CGP", "Group Works",
                "Charlotte", "NC", "28202", "US", true, true, before.form().version()));
        assertThat(after.form().practiceName()).isEqualTo("Group Works");
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.email()).isEqualTo("member@example.org");

        assertThatThrownBy(() -> self.updateProfile(new ProfileForm("x", null, null, null, null, "1", "US", true,
                true, after.form().version()))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("phone", "postalCode"));
        assertThatThrownBy(() -> self.updateProfile(before.form())).as("stale version")
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aLoginWithoutAMemberRecordIsToldSo() {
        roles.actAs("board@example.org", Role.MEMBER);
        assertThatThrownBy(() -> self.profile()).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not linked to a member record");
    }

    @Test
    void selfServiceIsForMembers() {
        roles.actAs("officer@example.org", Role.OFFICER);
        assertThatThrownBy(() -> self.profile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDirectoryListsOnlyCurrentMembersWhoOptedInAndHidesEmailsTheyKeepPrivate() {
        roles.actAs("board@example.org", Role.BOARD);
        String tag = "Dir" + UUID.randomUUID().toString().substring(0, 8);
        long clinical = demo.typeId("Clinical");
        MemberDetails listedPrivate = active(member("Listed", tag, true, false), clinical);
        MemberDetails listedPublic = active(member("Public", tag, true, true), clinical);
        active(member("Unlisted", tag, false, true), clinical);
        member("Applicant", tag, true, true);
        MemberDetails resigned = active(member("Resigned", tag, true, true), clinical);
        // today in the society's zone: the JVM's day runs ahead of New York's for hours each night, and a closing
        // dated tomorrow there leaves the member current until then
        members.close(resigned.id(), MembershipStatus.RESIGNED, clock.today(),
                members.get(resigned.id()).form().version());

        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(directory.search(tag, PageRequest.of(0, 10))).extracting(DirectoryEntry::name)
                .containsExactlyInAnyOrder("Listed " + tag, "Public " + tag);
        assertThat(directory.count(tag)).isEqualTo(2);
        assertThat(directory.search("Listed " + tag, PageRequest.of(0, 1)).getFirst().email())
                .as("email kept private").isNull();
        assertThat(directory.search("Public " + tag, PageRequest.of(0, 1)).getFirst().email())
                .isEqualTo(listedPublic.form().email());
        assertThat(listedPrivate.form().email()).isNotNull();
    }

    private MemberDetails member(String first, String last, boolean listed, boolean showEmail) {
        return members.create(new MemberForm(first, last, first.toLowerCase() + "-" + UUID.randomUUID()
                + "@example.org", null, "PhD", Discipline.PSYCHOLOGY, null, null, null, "Asheville", "NC", null,
                "US", null, listed, showEmail, null, 0));
    }

    private MemberDetails active(MemberDetails m, long typeId) {
        return members.renew(m.id(), typeId, m.form().version());
    }
}
