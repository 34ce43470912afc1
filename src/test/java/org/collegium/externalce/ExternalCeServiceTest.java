package org.collegium.externalce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.externalce.domain.CertificateType;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.collegium.externalce.domain.SupervisionRole;
import org.collegium.externalce.service.CeCertificates;
import org.collegium.externalce.service.CertificateFiles;
import org.collegium.externalce.service.ExternalCeRecords.CertificateUpload;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeForm;
import org.collegium.externalce.service.ExternalCeRecords.SupervisionForm;
import org.collegium.externalce.service.ExternalCeReview;
import org.collegium.externalce.service.ExternalCeService;
import org.collegium.externalce.service.SupervisionService;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * External CE and supervision logs on MariaDB: the certificate checks (real PDF, PNG and JPEG files; a renamed text
 * file, truncated files, an 11 MB one), the hours and date rules, the board's verification and decline and the CE
 * ledger rows they write and withdraw, and who may read a certificate.
 */
@IntegrationTest
class ExternalCeServiceTest {

    @Autowired ExternalCeService service;
    @Autowired ExternalCeReview review;
    @Autowired CeCertificates certificates;
    @Autowired SupervisionService supervision;
    @Autowired GroupService groups;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired SocietyClock clock;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.collegium.members.service.DuplicateService duplicates;

    private GroupFixtures fixtures;
    private LocalDate today;
    private Person member;

    @BeforeEach
    void setUp() {
        today = clock.today();
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
        member = fixtures.member("Ceres", true, today);
    }

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    private static ExternalCeForm form(LocalDate day, String hours) {
        return new ExternalCeForm("AGPA Connect", "Ethics in groups", day, hours == null ? null : new BigDecimal(hours),
                CeFormality.FORMAL, CeDelivery.ONLINE, Set.of(CeTopic.ETHICS, CeTopic.GROUP_PSYCHOTHERAPY), 0);
    }

    private static CertificateUpload pdf() {
        return new CertificateUpload("certificate.pdf", CertificateSamples.pdf());
    }

    private int stored(long memberId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM external_ce WHERE member_id = ?", Integer.class, memberId)
                + jdbc.queryForObject("SELECT COUNT(*) FROM external_ce_certificate c JOIN external_ce e "
                        + "ON e.id = c.external_ce_id WHERE e.member_id = ?", Integer.class, memberId);
    }

    private List<Map<String, Object>> ledger(String source, long ref) {
        return jdbc.queryForList("SELECT member_id, hours, formality, delivery, title, provider, earned_on FROM ce_hours "
                + "WHERE source = ? AND source_ref = ?", source, ref);
    }

    private List<String> ledgerTopics(String source, long ref) {
        return jdbc.queryForList("SELECT t.topic FROM ce_hours_topic t JOIN ce_hours h ON h.id = t.ce_hours_id "
                + "WHERE h.source = ? AND h.source_ref = ? ORDER BY t.topic", String.class, source, ref);
    }

    private String certificateError(CertificateUpload upload) {
        fixtures.actAs(member);
        try {
            service.create(form(today, "2"), upload);
        } catch (InvalidInputException e) {
            return e.fieldErrors().get("certificate");
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void realPdfPngAndJpegFilesAreAcceptedByTheirContentWhateverTheirNames() {
        assertThat(CertificateFiles.check(CertificateSamples.pdf())).isEqualTo(CertificateType.PDF);
        assertThat(CertificateFiles.check(CertificateSamples.png())).isEqualTo(CertificateType.PNG);
        assertThat(CertificateFiles.check(CertificateSamples.jpeg())).isEqualTo(CertificateType.JPEG);

        fixtures.actAs(member);
        // a PNG named .pdf is a PNG: it is stored as one and downloads as one
        long id = service.create(form(today, "1.5"), new CertificateUpload("scan.pdf", CertificateSamples.png()));
        var line = service.get(id);
        assertThat(line.certificateType()).isEqualTo(CertificateType.PNG);
        assertThat(line.certificateName()).isEqualTo("scan.png");
        assertThat(line.status()).isEqualTo(ExternalCeStatus.PENDING);
        assertThat(certificates.download(id).content()).isEqualTo(CertificateSamples.png());
        long jpeg = service.create(form(today.minusDays(1), "2"), new CertificateUpload("photo.jpeg",
                CertificateSamples.jpeg()));
        assertThat(certificates.download(jpeg).type()).isEqualTo(CertificateType.JPEG);
    }

    @Test
    void mislabelledCorruptAndOversizedFilesAreRefusedWithAMessageAndNothingIsStored() {
        assertThat(certificateError(new CertificateUpload("certificate.pdf", CertificateSamples.text())))
                .contains("not a PDF, PNG or JPEG");
        assertThat(certificateError(new CertificateUpload("certificate.pdf",
                CertificateSamples.truncated(CertificateSamples.pdf())))).contains("cannot be read");
        assertThat(certificateError(new CertificateUpload("certificate.png",
                CertificateSamples.truncated(CertificateSamples.png())))).contains("cannot be read");
        assertThat(certificateError(new CertificateUpload("certificate.jpg",
                CertificateSamples.truncated(CertificateSamples.jpeg())))).contains("cannot be read");
        byte[] garbage = CertificateSamples.largePdfLike(4096);
        System.arraycopy("%%EOF".getBytes(), 0, garbage, 4000, 5);
        assertThat(certificateError(new CertificateUpload("fake.pdf", garbage))).contains("cannot be read");
        byte[] eleven = CertificateSamples.largePdfLike(11 * 1024 * 1024);
        assertThat(certificateError(new CertificateUpload("big.pdf", eleven))).contains("larger than 10 MB");
        assertThat(certificateError(new CertificateUpload("empty.pdf", new byte[0]))).contains("empty");
        assertThat(certificateError(null)).contains("Attach the certificate");
        // the upload itself stops reading past the limit
        assertThatThrownBy(() -> CertificateFiles.read(new ByteArrayInputStream(eleven)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("larger than 10 MB");
        assertThatThrownBy(() -> service.check(new CertificateUpload("notes.pdf", CertificateSamples.text())))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(stored(member.memberId())).isZero();
    }

    @Test
    void hoursAndDatesOutsideTheRulesAreRefusedOnTheirFields() {
        fixtures.actAs(member);
        for (String hours : new String[] {"0", "-1", "24.5", "100", "1.234"}) {
            assertThatThrownBy(() -> service.create(form(today, hours), pdf())).as(hours)
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.fieldErrors()).containsOnlyKeys("hours"));
        }
        assertThatThrownBy(() -> service.create(form(today, null), pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("hours"));
        assertThatThrownBy(() -> service.create(form(today.plusDays(1), "2"), pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("earnedOn"))
                        .contains("future"));
        assertThatThrownBy(() -> service.create(new ExternalCeForm(" ", "\u202Egnp.exe", today, BigDecimal.ONE,
                null, CeDelivery.ONLINE, Set.of(), 0), pdf())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("provider", "title", "formality"));
        assertThat(stored(member.memberId())).isZero();

        // a day holds 24 hours, across the member's external CE and supervision logs of that day
        LocalDate day = today.minusDays(3);
        service.create(form(day, "20"), pdf());
        assertThatThrownBy(() -> service.create(form(day, "5"), pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("hours"))
                        .contains("20").contains("25"));
        assertThatThrownBy(() -> supervision.create(new SupervisionForm(day, new BigDecimal("4.5"),
                SupervisionRole.SUPERVISEE, "Irvin Yalom", "MD", CeDelivery.IN_PERSON, true, null, 0)))
                .isInstanceOf(InvalidInputException.class);
        service.create(form(day, "4"), pdf());
    }

    @Test
    void verificationWritesTheLedgerRowAndDeclineWithdrawsItEachAuditedAndTold() {
        fixtures.actAs(member);
        long id = service.create(form(today.minusDays(10), "3"), pdf());
        assertThat(ledger("EXTERNAL", id)).isEmpty();

        fixtures.actAs(member);
        assertThatThrownBy(() -> review.verify(id, null, 0)).isInstanceOf(AccessDeniedException.class);
        fixtures.actAsBoard();
        assertThat(review.queue(ExternalCeStatus.PENDING, 0, 500)).anySatisfy(l -> {
            assertThat(l.id()).isEqualTo(id);
            assertThat(l.member()).isEqualTo("Ceres Tester");
        });
        review.verify(id, "Certificate checked", review.get(id).version());
        assertThat(ledger("EXTERNAL", id)).singleElement().satisfies(row -> {
            assertThat(row.get("member_id")).isEqualTo(member.memberId());
            assertThat((BigDecimal) row.get("hours")).isEqualByComparingTo("3");
            assertThat(row.get("formality")).isEqualTo("FORMAL");
            assertThat(row.get("delivery")).isEqualTo("ONLINE");
            assertThat(row.get("provider")).isEqualTo("AGPA Connect");
        });
        assertThat(ledgerTopics("EXTERNAL", id)).containsExactly("ETHICS", "GROUP_PSYCHOTHERAPY");

        // the member sees the decision and may no longer change or delete the record
        fixtures.actAs(member);
        assertThat(service.get(id).status()).isEqualTo(ExternalCeStatus.VERIFIED);
        assertThat(service.get(id).reviewNote()).isEqualTo("Certificate checked");
        long version = service.get(id).version();
        assertThatThrownBy(() -> service.update(id, form(today, "2"), null)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("verified");
        assertThatThrownBy(() -> service.delete(id, version)).isInstanceOf(BusinessRuleException.class);

        fixtures.actAsBoard();
        assertThatThrownBy(() -> review.decline(id, "  ", review.get(id).version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("note"));
        review.decline(id, "The certificate names another person", review.get(id).version());
        assertThat(ledger("EXTERNAL", id)).isEmpty();
        fixtures.actAs(member);
        assertThat(service.get(id).status()).isEqualTo(ExternalCeStatus.DECLINED);
        assertThat(service.get(id).reviewNote()).isEqualTo("The certificate names another person");

        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'ExternalCe' AND entity_id = ? "
                + "ORDER BY id", String.class, String.valueOf(id)))
                .containsExactly("EXTERNAL_CE_ADDED", "EXTERNAL_CE_VERIFIED", "EXTERNAL_CE_DECLINED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", Integer.class,
                member.email())).isEqualTo(2);
    }

    @Test
    void aPendingRecordIsTheMembersToChangeOrDeleteAndAStaleVersionIsRefused() {
        fixtures.actAs(member);
        long id = service.create(form(today, "2"), pdf());
        var line = service.get(id);
        service.update(id, new ExternalCeForm("AGPA", "Group ethics", today, new BigDecimal("2.5"),
                CeFormality.INFORMAL, CeDelivery.IN_PERSON, Set.of(), line.version()),
                new CertificateUpload("again.jpg", CertificateSamples.jpeg()));
        var changed = service.get(id);
        assertThat(changed.hours()).isEqualByComparingTo("2.5");
        assertThat(changed.certificateType()).isEqualTo(CertificateType.JPEG);
        assertThat(certificates.download(id).content()).isEqualTo(CertificateSamples.jpeg());
        assertThatThrownBy(() -> service.update(id, form(today, "1"), null))
                .isInstanceOf(BusinessRuleException.class); // version 0: someone saved meanwhile
        service.delete(id, changed.version());
        assertThat(stored(member.memberId())).isZero();
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCertificateIsReadOnlyByItsMemberAndTheBoard() {
        fixtures.actAs(member);
        byte[] pdf = CertificateSamples.pdf();
        long id = service.create(form(today, "1"), new CertificateUpload("certificate.pdf", pdf));
        Person stranger = fixtures.member("Stranger", true, today);

        fixtures.actAs(stranger);
        assertThatThrownBy(() -> certificates.download(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.download(id + 1_000_000)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(id, 0)).isInstanceOf(NotFoundException.class);
        for (Role role : List.of(Role.OFFICER, Role.AFFILIATE_ADMIN, Role.FACILITATOR)) {
            roles.actAs("someone@example.org", role);
            assertThatThrownBy(() -> certificates.download(id)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        roles.clear();
        assertThatThrownBy(() -> certificates.download(id)).isInstanceOf(Exception.class);

        fixtures.actAs(member);
        assertThat(certificates.download(id).content()).isEqualTo(pdf);
        fixtures.actAsBoard();
        assertThat(certificates.download(id).fileName()).isEqualTo("certificate.pdf");
        fixtures.actAsAdmin();
        assertThat(certificates.download(id).type()).isEqualTo(CertificateType.PDF);
    }

    @Test
    void supervisionCountsAsSoonAsLoggedIsCorrectedOnEditAndWithdrawnOnDelete() {
        fixtures.actAs(member);
        assertThatThrownBy(() -> supervision.create(new SupervisionForm(today, new BigDecimal("1"),
                SupervisionRole.SUPERVISEE, " ", null, CeDelivery.ONLINE, false, null, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("supervisorName", "supervisorCredential"));
        assertThatThrownBy(() -> supervision.create(new SupervisionForm(today.plusDays(2), new BigDecimal("0"),
                SupervisionRole.SUPERVISEE, "Molyn Leszcz", "MD", CeDelivery.ONLINE, false, null, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("heldOn", "hours"));

        long id = supervision.create(new SupervisionForm(today.minusDays(1), new BigDecimal("1.5"),
                SupervisionRole.SUPERVISEE, "Molyn Leszcz", "MD, CGP", CeDelivery.ONLINE, true, "Co-leading", 0));
        assertThat(ledger("SUPERVISION", id)).singleElement().satisfies(row -> {
            assertThat((BigDecimal) row.get("hours")).isEqualByComparingTo("1.5");
            assertThat(row.get("formality")).isEqualTo("INFORMAL");
            assertThat(row.get("provider")).isEqualTo("Molyn Leszcz, MD, CGP");
        });
        assertThat(ledgerTopics("SUPERVISION", id)).containsExactly("GROUP_PSYCHOTHERAPY", "SUPERVISION");

        var line = supervision.get(id);
        supervision.update(id, new SupervisionForm(line.heldOn(), new BigDecimal("2"), SupervisionRole.SUPERVISOR,
                "ignored", "ignored", CeDelivery.IN_PERSON, false, null, line.version()));
        assertThat(supervision.get(id).supervisorName()).isNull();
        assertThat(ledger("SUPERVISION", id)).singleElement().satisfies(row -> {
            assertThat((BigDecimal) row.get("hours")).isEqualByComparingTo("2");
            assertThat(row.get("delivery")).isEqualTo("IN_PERSON");
        });
        assertThat(ledgerTopics("SUPERVISION", id)).containsExactly("SUPERVISION");

        Person stranger = fixtures.member("Other", true, today);
        fixtures.actAs(stranger);
        assertThatThrownBy(() -> supervision.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supervision.delete(id, 0)).isInstanceOf(NotFoundException.class);

        fixtures.actAs(member);
        supervision.delete(id, supervision.get(id).version());
        assertThat(ledger("SUPERVISION", id)).isEmpty();
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'SupervisionLog' "
                + "AND entity_id = ? ORDER BY id", String.class, String.valueOf(id)))
                .containsExactly("SUPERVISION_LOGGED", "SUPERVISION_CHANGED", "SUPERVISION_DELETED");
    }

    @Test
    void mergingMembersMovesTheRecordsAndTheirCountedHoursToTheSurvivor() {
        Person survivor = fixtures.member("Keeper", true, today);
        fixtures.actAs(member);
        long verified = service.create(form(today.minusDays(5), "2"), pdf());
        long pending = service.create(form(today.minusDays(6), "1"), pdf());
        long log = supervision.create(new SupervisionForm(today.minusDays(5), BigDecimal.ONE, SupervisionRole.SUPERVISEE,
                "Molyn Leszcz", "MD", CeDelivery.ONLINE, false, null, 0));
        fixtures.actAsBoard();
        review.verify(verified, null, review.get(verified).version());

        duplicates.merge(survivor.memberId(), member.memberId());

        assertThat(jdbc.queryForList("SELECT member_id FROM external_ce WHERE id IN (?, ?)", Long.class, verified,
                pending)).containsOnly(survivor.memberId());
        assertThat(ledger("EXTERNAL", verified)).singleElement().satisfies(row ->
                assertThat(row.get("member_id")).isEqualTo(survivor.memberId()));
        assertThat(ledger("EXTERNAL", pending)).isEmpty();
        assertThat(ledger("SUPERVISION", log)).singleElement().satisfies(row ->
                assertThat(row.get("member_id")).isEqualTo(survivor.memberId()));
        assertThat(ledgerTopics("SUPERVISION", log)).containsExactly("SUPERVISION");
    }
}
