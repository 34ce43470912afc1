package org.collegium.externalce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collegium.support.Downloads.pdfText;
import static org.collegium.support.Downloads.unzip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.service.CredentialService;
import org.collegium.credentials.service.CredentialService.CredentialForm;
import org.collegium.credentials.service.CredentialService.TranscriptLine;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.credentials.service.RequirementProfileService.ProfileForm;
import org.collegium.credentials.service.RequirementProfileService.RuleForm;
import org.collegium.externalce.domain.SupervisionRole;
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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

/**
 * A credential's audit packet: the transcript PDF and exactly the certificates of the verified external CE that
 * count in the cycle (not a pending or declined record's, not one before the cycle or off the credential's topic,
 * not another member's), under readable names, with an index in the member's language; nobody else gets it.
 * Supervision rows read in the reader's language.
 */
@IntegrationTest
class AuditPacketTest {

    @Autowired ExternalCeService external;
    @Autowired ExternalCeReview review;
    @Autowired SupervisionService supervision;
    @Autowired CredentialService credentials;
    @Autowired RequirementProfileService profiles;
    @Autowired GroupService groups;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired SocietyClock clock;
    @Autowired Roles roles;

    private GroupFixtures fixtures;
    private LocalDate today;
    private String tag;

    @BeforeEach
    void setUp() {
        today = clock.today();
        tag = UUID.randomUUID().toString().substring(0, 6);
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
    }

    @AfterEach
    void tearDown() {
        roles.clear();
        LocaleContextHolder.resetLocaleContext();
    }

    private long cgpProfile() {
        ProfileForm form = new ProfileForm("Packet CGP " + tag, 24, CycleStart.ISSUE_DATE, null, new BigDecimal("20"),
                CeTopic.GROUP_PSYCHOTHERAPY, List.of(new RuleForm(CeCategory.FORMAL, Bound.MIN, new BigDecimal("12")),
                        new RuleForm(CeCategory.INFORMAL, Bound.MAX, new BigDecimal("8"))), 0);
        return roles.as("admin@example.org", Role.ADMIN, () -> profiles.save(null, form));
    }

    private long record(Person who, String provider, String title, LocalDate day, Set<CeTopic> topics,
            CertificateUpload file) {
        fixtures.actAs(who);
        return external.create(new ExternalCeForm(provider, title, day, new BigDecimal("2"), CeFormality.FORMAL,
                CeDelivery.ONLINE, topics, 0), file);
    }

    private void verify(long id) {
        fixtures.actAsBoard();
        review.verify(id, null, review.get(id).version());
    }

    @Test
    void thePacketHoldsTheTranscriptAndExactlyTheVerifiedCertificatesThatCountInTheCycle() throws IOException {
        long profile = cgpProfile();
        Person member = fixtures.member("Packer" + tag, true, today);
        Person other = fixtures.member("Nosy" + tag, true, today);
        fixtures.actAs(member);
        long credential = credentials.add(new CredentialForm(profile, "CGP-" + tag, today.minusDays(60), null, 0));
        Set<CeTopic> group = Set.of(CeTopic.GROUP_PSYCHOTHERAPY);
        byte[] pdf = CertificateSamples.pdf();
        byte[] png = CertificateSamples.png();
        LocalDate d1 = today.minusDays(20);
        LocalDate d2 = today.minusDays(10);
        long counted = record(member, "AGPA Connect", "Group ethics: a/b *review*", d1, group,
                new CertificateUpload("upload.pdf", pdf));
        long countedImage = record(member, "Northwest Institute", "Leading groups", d2, group,
                new CertificateUpload("scan.png", png));
        long pending = record(member, "Pending Co", "Still waiting", d2, group,
                new CertificateUpload("p.pdf", CertificateSamples.pdf()));
        long declined = record(member, "Declined Co", "Refused course", d2, group,
                new CertificateUpload("d.pdf", CertificateSamples.pdf()));
        long before = record(member, "Old Co", "Before the cycle", today.minusDays(90), group,
                new CertificateUpload("o.pdf", CertificateSamples.pdf()));
        long offTopic = record(member, "Ethics Co", "Not group work", d2, Set.of(CeTopic.ETHICS),
                new CertificateUpload("e.pdf", CertificateSamples.pdf()));
        long others = record(other, "AGPA Connect", "Someone else's", d2, group,
                new CertificateUpload("x.pdf", CertificateSamples.pdf()));
        for (long id : List.of(counted, countedImage, declined, before, offTopic, others)) {
            verify(id);
        }
        fixtures.actAsBoard();
        review.decline(declined, "Not this member's", review.get(declined).version());

        fixtures.actAs(member);
        assertThat(credentials.auditPacketName(credential, today)).endsWith(".zip").doesNotContain(" ", "/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        credentials.writeAuditPacket(credential, today, out);
        Map<String, byte[]> entries = unzip(out.toByteArray());

        String transcript = entries.keySet().stream().filter(n -> n.startsWith("transcript-")).findFirst()
                .orElseThrow();
        assertThat(pdfText(entries.get(transcript))).contains("Group ethics").contains("Leading groups")
                .doesNotContain("Still waiting").doesNotContain("Refused course").doesNotContain("Not group work");
        String first = d1 + " AGPA Connect - Group ethics a b review.pdf";
        String second = d2 + " Northwest Institute - Leading groups.png";
        assertThat(entries.keySet()).containsExactly(transcript, first, second, "index.txt");
        assertThat(entries.get(first)).isEqualTo(pdf);
        assertThat(entries.get(second)).isEqualTo(png);
        String index = new String(entries.get("index.txt"), StandardCharsets.UTF_8);
        assertThat(index).contains("Audit packet for Packet CGP " + tag).contains(transcript).contains(first)
                .contains(second).contains("verified by the society");

        // in Spanish, the index is Spanish
        LocaleContextHolder.setLocale(Messages.SPANISH);
        ByteArrayOutputStream spanish = new ByteArrayOutputStream();
        credentials.writeAuditPacket(credential, today, spanish);
        Map<String, byte[]> es = unzip(spanish.toByteArray());
        assertThat(es).containsKey("indice.txt").containsKey(first).hasSize(4);
        assertThat(new String(es.get("indice.txt"), StandardCharsets.UTF_8)).contains("Paquete de auditoría para");
        LocaleContextHolder.resetLocaleContext();

        // another member, and an administrator or the board through this member's service, get nothing
        fixtures.actAs(other);
        assertThatThrownBy(() -> credentials.auditPacketName(credential, today)).isInstanceOf(NotFoundException.class);
        ByteArrayOutputStream stolen = new ByteArrayOutputStream();
        assertThatThrownBy(() -> credentials.writeAuditPacket(credential, today, stolen))
                .isInstanceOf(NotFoundException.class);
        assertThat(stolen.size()).isZero();
        fixtures.actAsBoard();
        assertThatThrownBy(() -> credentials.writeAuditPacket(credential, today, new ByteArrayOutputStream()))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class, BusinessRuleException.class);
    }

    @Test
    void supervisionRowsReadInTheReadersLanguage() throws IOException {
        long profile = cgpProfile();
        Person member = fixtures.member("Supervised" + tag, true, today);
        fixtures.actAs(member);
        long credential = credentials.add(new CredentialForm(profile, null, today.minusDays(30), null, 0));
        supervision.create(new SupervisionForm(today.minusDays(3), new BigDecimal("1.5"), SupervisionRole.SUPERVISEE,
                "Molyn Leszcz", "MD", CeDelivery.ONLINE, true, null, 0));
        supervision.create(new SupervisionForm(today.minusDays(2), BigDecimal.ONE, SupervisionRole.SUPERVISOR, null,
                null, CeDelivery.IN_PERSON, true, null, 0));

        LocaleContextHolder.setLocale(Messages.ENGLISH);
        assertThat(credentials.transcript(credential, today)).filteredOn(l -> l.source() == CeSource.SUPERVISION)
                .extracting(TranscriptLine::title).containsExactly("Supervision received", "Supervision given");
        LocaleContextHolder.setLocale(Messages.SPANISH);
        assertThat(credentials.transcript(credential, today)).filteredOn(l -> l.source() == CeSource.SUPERVISION)
                .extracting(TranscriptLine::title).containsExactly("Supervisión recibida", "Supervisión impartida");
        assertThat(pdfText(credentials.transcriptPdf(credential, today).content()))
                .contains("Supervisión recibida").contains("Molyn Leszcz").doesNotContain("Supervision received");
    }
}
