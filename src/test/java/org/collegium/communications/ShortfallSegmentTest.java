package org.collegium.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.communications.domain.CommunicationStatus;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.domain.SegmentType;
import org.collegium.communications.service.CommunicationDelivery;
import org.collegium.communications.service.CommunicationRecords.CommunicationForm;
import org.collegium.communications.service.CommunicationRecords.PreviewCandidate;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.communications.service.CommunicationService;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.service.CeEntry;
import org.collegium.credentials.service.CeLedger;
import org.collegium.credentials.service.CredentialService;
import org.collegium.credentials.service.CredentialService.CredentialForm;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.credentials.service.RequirementProfileService.ProfileForm;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17's segment "members short of a CE requirement": the current members whose credential on the chosen
 * profile misses hours, read through credentials' ShortfallReport within the sender's scope, counted before sending
 * and listed in the background like every segment.
 */
@IntegrationTest
class ShortfallSegmentTest {

    private static final AtomicLong REFS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000 + 7);

    @Autowired CommunicationService communications;
    @Autowired CommunicationDelivery delivery;
    @Autowired RequirementProfileService profiles;
    @Autowired CredentialService credentials;
    @Autowired CeLedger ledger;
    @Autowired GroupService groups;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired DemoData demo;
    @Autowired Roles roles;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private GroupFixtures fixtures;
    private LocalDate today;
    private String tag;
    private long profile;
    private long cgps;
    private long agps;
    private Person shortHere;
    private Person shortThere;
    private Person done;
    private Person withoutCredential;
    private Person lapsedShort;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
        tag = UUID.randomUUID().toString().substring(0, 8);
        cgps = demo.affiliateId("CGPS");
        agps = demo.affiliateId("AGPS");
        profile = roles.as("admin@example.org", Role.ADMIN, () -> profiles.save(null, new ProfileForm(
                "Segment " + tag, 24, CycleStart.ISSUE_DATE, null, BigDecimal.TEN, null, List.of(), 0)));
        shortHere = holder("Sh" + tag.substring(0, 4), true, cgps);
        shortThere = holder("St" + tag.substring(0, 4), true, agps);
        done = holder("Dn" + tag.substring(0, 4), true, cgps);
        earn(done.memberId(), "10");
        withoutCredential = fixtures.member("Nc" + tag.substring(0, 4), true, today);
        jdbc.update("update member set affiliate_id = ? where id = ?", cgps, withoutCredential.memberId());
        lapsedShort = holder("La" + tag.substring(0, 4), false, cgps);
        roles.actAs("board@example.org", Role.BOARD);
    }

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void theBoardReachesEveryCurrentMemberShortOfTheProfile() {
        assertThat(communications.segmentTypes()).contains(SegmentType.CE_SHORTFALL);
        assertThat(communications.recipientCount(SegmentForm.shortOf(profile, null))).isEqualTo(2);
        assertThat(communications.recipientCount(SegmentForm.shortOf(profile, cgps))).isEqualTo(1);
        assertThat(communications.previewCandidates(SegmentForm.shortOf(profile, null)))
                .extracting(PreviewCandidate::memberId)
                .containsExactly(shortHere.memberId(), shortThere.memberId());
        CommunicationForm form = new CommunicationForm(MailKind.SOCIETY_NEWS, "Your hours, {firstName}",
                "Dear {fullName}, a course for your missing hours.", SegmentForm.shortOf(profile, null), 600, 0);
        assertThat(communications.preview(form, shortHere.memberId()).subject())
                .isEqualTo("Your hours, Sh" + tag.substring(0, 4));
        for (Person out : List.of(done, withoutCredential, lapsedShort)) {
            assertThatThrownBy(() -> communications.preview(form, out.memberId()))
                    .as("not short, no credential, not a current member").isInstanceOf(NotFoundException.class);
        }

        long id = communications.save(null, form);
        SegmentForm saved = communications.load(id).form().segment();
        assertThat(saved.type()).isEqualTo(SegmentType.CE_SHORTFALL);
        assertThat(saved.profileId()).isEqualTo(profile);
        assertThat(saved.typeId()).isNull();
        communications.send(id, null, communications.load(id).form().version());
        roles.clear();
        delivery.prepare(id, (d, t) -> { });
        assertThat(jdbc.queryForList("select member_id from communication_recipient where communication_id = ? "
                + "order by member_id", Long.class, id))
                .containsExactly(shortHere.memberId(), shortThere.memberId());
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.SENDING);
        assertThat(communications.recipientsListed(id)).isEqualTo(2);
        assertThat(communications.recipients(id, PageRequest.of(0, 10))).hasSize(2);
    }

    @Test
    void preparingResumesAfterTheLastMemberListed() {
        Person third = holder("Th" + tag.substring(0, 4), true, cgps);
        long id = communications.save(null, new CommunicationForm(MailKind.SOCIETY_NEWS, "Hours", "Hello",
                SegmentForm.shortOf(profile, cgps), 600, 0));
        communications.send(id, null, communications.load(id).form().version());
        // a member listed before a restart is not listed again; preparing resumes after them
        jdbc.update("insert into communication_recipient (communication_id, member_id, email, first_name, last_name, "
                + "status) values (?, ?, ?, 'x', 'x', 'QUEUED')", id, shortHere.memberId(), shortHere.email());
        delivery.prepare(id, (d, t) -> { });
        assertThat(jdbc.queryForList("select member_id from communication_recipient where communication_id = ? "
                + "order by member_id", Long.class, id)).containsExactly(shortHere.memberId(), third.memberId());
    }

    @Test
    void anAffiliateAdministratorReachesOnlyTheirAffiliatesShortMembers() {
        roles.actAs(DemoAccounts.AFFILIATE_ONLY, Role.AFFILIATE_ADMIN);
        assertThat(communications.segmentTypes()).contains(SegmentType.CE_SHORTFALL);
        assertThat(communications.blank().segment().affiliateId()).isEqualTo(cgps);
        assertThat(communications.recipientCount(SegmentForm.shortOf(profile, cgps))).isEqualTo(1);
        assertThat(communications.previewCandidates(SegmentForm.shortOf(profile, cgps)))
                .extracting(PreviewCandidate::memberId).containsExactly(shortHere.memberId());
        CommunicationForm theirs = new CommunicationForm(MailKind.AFFILIATE_NEWS, "Hours", "Hello {firstName}",
                SegmentForm.shortOf(profile, cgps), 600, 0);
        assertThatThrownBy(() -> communications.preview(theirs, shortThere.memberId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> communications.recipientCount(SegmentForm.shortOf(profile, agps)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> communications.recipientCount(SegmentForm.shortOf(profile, null)))
                .isInstanceOf(AccessDeniedException.class);

        long id = communications.save(null, theirs);
        communications.send(id, null, communications.load(id).form().version());
        roles.clear();
        delivery.prepare(id, (d, t) -> { });
        assertThat(jdbc.queryForList("select member_id from communication_recipient where communication_id = ?",
                Long.class, id)).containsExactly(shortHere.memberId());
    }

    @Test
    void aProfileMustBeChosenAndAFacilitatorMayNotUseTheSegment() {
        assertThatThrownBy(() -> communications.recipientCount(new SegmentForm(SegmentType.CE_SHORTFALL, null, null,
                null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("profile", "Choose a requirement profile."));
        assertThat(communications.recipientCount(SegmentForm.shortOf(Long.MAX_VALUE, null))).as("no such profile")
                .isZero();
        roles.actAs(DemoAccounts.FACILITATOR_ONLY, Role.FACILITATOR);
        assertThat(communications.segmentTypes()).doesNotContain(SegmentType.CE_SHORTFALL);
        assertThatThrownBy(() -> communications.recipientCount(SegmentForm.shortOf(profile, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A member holding a credential on the profile (issued a month ago: its cycle needs ten hours). */
    private Person holder(String name, boolean current, long affiliate) {
        Person p = fixtures.member(name, current, today);
        jdbc.update("update member set affiliate_id = ? where id = ?", affiliate, p.memberId());
        roles.as(p.email(), Role.MEMBER, () -> credentials.add(new CredentialForm(profile, null,
                today.minusMonths(1), null, 0)));
        return p;
    }

    private void earn(long memberId, String hours) {
        transactions.executeWithoutResult(tx -> ledger.record(new CeEntry(memberId, CeSource.EXTERNAL,
                REFS.incrementAndGet(), today, new BigDecimal(hours), CeFormality.FORMAL, CeDelivery.IN_PERSON,
                Set.of(), "Course " + tag, "Provider")));
    }
}
