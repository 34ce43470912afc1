package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.ApplicationView;
import org.collegium.members.service.ApplicationService.JoinRequest;
import org.collegium.members.service.ApplicationService.Outcome;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Joining through the board: apply, acknowledge, approve or decline; free types granted at once. */
@IntegrationTest
class ApplicationServiceTest {

    @Autowired ApplicationService applications;
    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired AffiliateService affiliates;
    @Autowired UserAccountRepository accounts;
    @Autowired OutboxMessageRepository outbox;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void anApplicantIsAcknowledgedThenApprovedIntoAMemberWithATermAndALogin() {
        clock.set(Instant.parse("2026-04-01T14:00:00Z"));
        String email = unique();
        assertThat(applications.submit(request(email, "Clinical", affiliate("CGPS")))).isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        assertThat(outbox.findByRecipientOrderByIdDesc(email)).extracting(OutboxMessage::getSubject)
                .singleElement().asString().startsWith("We received your application");

        roles.actAs("board@example.org", Role.BOARD);
        ApplicationView pending = find(email);
        applications.approve(pending.id(), "Welcome aboard", pending.version());

        MemberDetails member = members.get(members.find(new MemberFilter(email, null, null, null),
                PageRequest.of(0, 1)).getFirst().id());
        assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.terms()).singleElement().satisfies(t -> {
            assertThat(t.start()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(t.typeName()).isEqualTo("Clinical");
            assertThat(t.owed()).as("approval records the dues owed").isTrue();
            assertThat(t.payBy()).isEqualTo(LocalDate.of(2026, 5, 1));
        });
        UserAccount login = accounts.findByEmail(email).orElseThrow();
        assertThat(login.getRoles()).containsExactly(Role.MEMBER);
        assertThat(login.getMemberId()).isEqualTo(member.id());
        assertThat(outbox.findByRecipientOrderByIdDesc(email)).extracting(OutboxMessage::getSubject)
                .anyMatch(s -> s.startsWith("Welcome to")).anyMatch(s -> s.contains("set your password"));
        assertThatThrownBy(() -> applications.approve(pending.id(), null, pending.version()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aTypeWithoutApprovalIsGrantedAtOnce() {
        String email = unique();
        assertThat(applications.submit(request(email, "Student", null))).isEqualTo(Outcome.GRANTED);
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(members.count(new MemberFilter(email, MembershipStatus.ACTIVE, null, null))).isEqualTo(1);
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void declineNeedsANoteAndTellsTheApplicant() {
        String email = unique();
        applications.submit(request(email, "Clinical", null));
        roles.actAs("board@example.org", Role.BOARD);
        ApplicationView pending = find(email);
        assertThatThrownBy(() -> applications.decline(pending.id(), " ", pending.version()))
                .isInstanceOf(BusinessRuleException.class);
        applications.decline(pending.id(), "Please apply as Associate.", pending.version());
        assertThat(outbox.findByRecipientOrderByIdDesc(email).getFirst().getBody())
                .contains("Please apply as Associate.");
        assertThat(members.count(new MemberFilter(email, null, null, null))).isZero();
    }

    @Test
    void badOrRepeatedApplicationsAreRefusedWithMessages() {
        assertThatThrownBy(() -> applications.submit(new JoinRequest("", "", "nope", null, null, null, null, null,
                null, null, null, null, "US", null, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("firstName", "lastName", "email", "discipline",
                                "typeId"));
        String email = unique();
        applications.submit(request(email, "Clinical", null));
        assertThatThrownBy(() -> applications.submit(request(email, "Clinical", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email")).contains("already waiting"));
        assertThatThrownBy(() -> applications.submit(request("member@example.org", "Clinical", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email")).contains("already belongs to a member"));
    }

    @Test
    void anAffiliateAdministratorHandlesOnlyTheirOwnAffiliatesApplications() {
        String atlantan = unique();
        String carolinian = unique();
        applications.submit(request(atlantan, "Clinical", affiliate("AGPS")));
        applications.submit(request(carolinian, "Clinical", affiliate("CGPS")));
        roles.actAs("board@example.org", Role.BOARD);
        ApplicationView atlanta = find(atlantan);

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        assertThat(applications.pending(PageRequest.of(0, 500))).extracting(ApplicationView::email)
                .contains(carolinian).doesNotContain(atlantan);
        assertThatThrownBy(() -> applications.approve(atlanta.id(), null, atlanta.version()))
                .isInstanceOf(AccessDeniedException.class);
        roles.actAs("member@example.org", Role.MEMBER);
        assertThatThrownBy(() -> applications.pending(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberAsksToRenewAndTheBoardApproves() {
        long clinical = typeId("Clinical");
        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(applications.requestRenewal(clinical)).isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        assertThatThrownBy(() -> applications.requestRenewal(clinical)).isInstanceOf(BusinessRuleException.class);

        roles.actAs("board@example.org", Role.BOARD);
        ApplicationView request = find("member@example.org");
        long termsBefore = memberTerms("member@example.org");
        applications.approve(request.id(), null, request.version());
        assertThat(memberTerms("member@example.org")).isEqualTo(termsBefore + 1);
    }

    private long memberTerms(String email) {
        return members.get(members.find(new MemberFilter(email, null, null, null), PageRequest.of(0, 1)).getFirst()
                .id()).terms().size();
    }

    private ApplicationView find(String email) {
        return applications.pending(PageRequest.of(0, 500)).stream().filter(a -> a.email().equals(email))
                .findFirst().orElseThrow();
    }

    private JoinRequest request(String email, String type, Long affiliate) {
        return new JoinRequest("Irvin", "Applicant", email, "919-555-0199", "MD", Discipline.PSYCHIATRY, "NC",
                "MD-998", null, "Durham", "NC", "27701", "US", affiliate, typeId(type), "Looking forward to it");
    }

    /** Reads the types as the board (the caller acts as whoever it needs afterwards). */
    private long typeId(String name) {
        roles.actAs("board@example.org", Role.BOARD);
        return types.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Long affiliate(String shortName) {
        return affiliates.options().stream().filter(a -> a.name().contains(shortName.equals("CGPS") ? "Carolinas"
                : "Atlanta")).findFirst().orElseThrow().id();
    }

    private static String unique() {
        return "applicant-" + UUID.randomUUID() + "@example.org";
    }
}
