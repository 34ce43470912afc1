package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.members.domain.ApplicationKind;
import org.collegium.members.domain.ApplicationStatus;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.ApplicationService.Confirmation;
import org.collegium.members.service.DirectoryService;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentService;
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

/**
 * Joining through the board: apply, acknowledge, approve or decline; types needing no approval granted once the
 * applicant confirms their email; the directory opens to an approved or paid membership.
 */
@IntegrationTest
class ApplicationServiceTest {

    @Autowired ApplicationService applications;
    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired AffiliateService affiliates;
    @Autowired UserAccountRepository accounts;
    @Autowired OutboxMessageRepository outbox;
    @Autowired MutableClock clock;
    @Autowired DirectoryService directory;
    @Autowired PaymentService payments;
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
    void aTypeWithoutApprovalIsGrantedOnlyOnceTheApplicantConfirmsTheirEmail() {
        clock.set(Instant.parse("2026-04-01T14:00:00Z"));
        String email = unique();
        assertThat(applications.submit(request(email, "Student", null))).isEqualTo(Outcome.CONFIRM_EMAIL);
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(members.count(new MemberFilter(email, null, null, null))).as("no member before the link").isZero();
        assertThat(accounts.findByEmail(email)).isEmpty();
        ApplicationView waiting = find(email);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.UNCONFIRMED);
        assertThat(waiting.status().label()).isEqualTo("Awaiting email confirmation");
        assertThatThrownBy(() -> applications.approve(waiting.id(), null, waiting.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("confirm their email");
        String token = confirmationToken(email);

        roles.clear(); // the link is opened without signing in
        assertThat(applications.confirmEmail("not-" + token)).isEqualTo(Confirmation.LINK_NOT_VALID);
        assertThat(applications.confirmEmail(token)).isEqualTo(Confirmation.GRANTED);
        assertThat(applications.confirmEmail(token)).as("single use").isEqualTo(Confirmation.LINK_NOT_VALID);

        roles.actAs("board@example.org", Role.BOARD);
        assertThat(members.count(new MemberFilter(email, MembershipStatus.ACTIVE, null, null))).isEqualTo(1);
        UserAccount login = accounts.findByEmail(email).orElseThrow();
        assertThat(login.getRoles()).containsExactly(Role.MEMBER);
        assertThat(outbox.findByRecipientOrderByIdDesc(email)).extracting(OutboxMessage::getSubject)
                .anyMatch(s -> s.startsWith("Welcome to")).anyMatch(s -> s.contains("set your password"));
        assertThat(applications.pending(PageRequest.of(0, 500))).extracting(ApplicationView::email)
                .doesNotContain(email);
    }

    @Test
    void aConfirmationLinkExpiresAndANewerApplicationReplacesIt() {
        clock.set(Instant.parse("2026-04-01T14:00:00Z"));
        String email = unique();
        applications.submit(request(email, "Student", null));
        String first = confirmationToken(email);
        clock.set(Instant.parse("2026-04-03T13:59:00Z"));
        applications.submit(request(email, "Student", null));
        String second = confirmationToken(email);
        assertThat(applications.confirmEmail(first)).as("replaced by the newer one").isEqualTo(Confirmation.LINK_NOT_VALID);
        clock.set(Instant.parse("2026-04-05T14:00:00Z")); // 48 hours and a minute after the second
        assertThat(applications.confirmEmail(second)).isEqualTo(Confirmation.LINK_NOT_VALID);
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(applications.pending(PageRequest.of(0, 500))).filteredOn(a -> a.email().equals(email))
                .singleElement().satisfies(a -> assertThat(a.statusLabel())
                        .isEqualTo("Awaiting email confirmation (link expired)"));
        assertThat(members.count(new MemberFilter(email, null, null, null))).isZero();
    }

    @Test
    void theJoinAnswerIsTheSameForAMembersAddressAndTheEmailSaysSo() {
        String stranger = unique();
        Outcome forStranger = applications.submit(request(stranger, "Student", null));
        Outcome forMember = applications.submit(request("member@example.org", "Student", null));
        assertThat(forMember).isEqualTo(forStranger).isEqualTo(Outcome.CONFIRM_EMAIL);
        assertThat(applications.submit(request("member@example.org", "Clinical", null)))
                .isEqualTo(applications.submit(request(unique(), "Clinical", null)))
                .isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        OutboxMessage told = outbox.findByRecipientOrderByIdDesc("member@example.org").getFirst();
        assertThat(told.getBody()).contains("already belongs to a member").contains("/login")
                .contains("/forgot-password").doesNotContain("token=");
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(applications.pending(PageRequest.of(0, 500)))
                .noneMatch(a -> a.email().equals("member@example.org") && a.kind() == ApplicationKind.JOIN);
    }

    @Test
    void aMemberGrantedAtOnceReadsTheDirectoryOnlyOnceTheirDuesArePaid() {
        clock.set(Instant.parse("2026-04-01T14:00:00Z"));
        String email = unique();
        applications.submit(request(email, "Retired", null)); // $60, needs no approval
        applications.confirmEmail(confirmationToken(email));
        roles.actAs(email, Role.MEMBER);
        assertThat(directory.standing().mayRead()).isFalse();
        assertThat(directory.standing().explanation()).contains("approved").contains("paid");
        assertThatThrownBy(() -> directory.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count("")).isInstanceOf(AccessDeniedException.class);

        roles.actAs("board@example.org", Role.BOARD);
        MemberDetails member = members.get(members.find(new MemberFilter(email, null, null, null),
                PageRequest.of(0, 1)).getFirst().id());
        payments.record(member.id(), new PaymentForm(new BigDecimal("60.00"), PaymentMethod.CHECK, "1001",
                LocalDate.of(2026, 4, 1), member.terms().getFirst().id(), null));
        roles.actAs(email, Role.MEMBER);
        assertThat(directory.standing().mayRead()).isTrue();
        assertThat(directory.count("")).isPositive();
    }

    @Test
    void aFreeMembershipGrantedAtOnceWaitsForTheBoardWhileAnApprovedOneReadsTheDirectory() {
        String email = unique();
        applications.submit(request(email, "Student", null));
        applications.confirmEmail(confirmationToken(email));
        roles.actAs(email, Role.MEMBER);
        assertThat(directory.standing().mayRead()).isFalse();

        String approvedEmail = unique();
        applications.submit(request(approvedEmail, "Clinical", null));
        roles.actAs("board@example.org", Role.BOARD);
        ApplicationView pending = find(approvedEmail);
        applications.approve(pending.id(), null, pending.version());
        roles.actAs(approvedEmail, Role.MEMBER);
        assertThat(directory.standing().mayRead()).as("approved, dues not yet due").isTrue();
    }

    /** The token of the newest confirmation link emailed to an address. */
    private String confirmationToken(String email) {
        String body = outbox.findByRecipientOrderByIdDesc(email).stream()
                .filter(m -> m.getSubject().startsWith("Confirm your email")).findFirst().orElseThrow().getBody();
        Matcher link = Pattern.compile("/join/confirm\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
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
    void badApplicationsAreRefusedWithMessagesAndARepeatedOneIsNotAdded() {
        assertThatThrownBy(() -> applications.submit(new JoinRequest("", "", "nope", null, null, null, null, null,
                null, null, null, null, "US", null, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("firstName", "lastName", "email", "discipline",
                                "typeId"));
        String email = unique();
        applications.submit(request(email, "Clinical", null));
        assertThat(applications.submit(request(email, "Clinical", null))).isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        assertThat(outbox.findByRecipientOrderByIdDesc(email).getFirst().getBody()).contains("already with the board");
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(applications.pending(PageRequest.of(0, 500))).filteredOn(a -> a.email().equals(email)).hasSize(1);
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
