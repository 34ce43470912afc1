package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.support.Downloads.pdfText;
import static org.collegium.support.Downloads.unzip;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.service.CredentialService;
import org.collegium.credentials.service.CredentialService.CredentialForm;
import org.collegium.credentials.service.DemoCredentials;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Issue 16's journey in Chromium: a member holding the CGP adds CE earned elsewhere with its certificate (a real
 * PDF), the board verifies it on the external CE page, the member's CGP progress on My credentials moves by its
 * hours, the transcript PDF lists it and the audit packet holds the certificate. The member is this test's own (a
 * fixture through the portal's beans), so no other test's figures move.
 */
@Tag(Portal.IN_PROCESS)
class ExternalCeJourneyTest extends BrowserJourney {

    private static final Pattern TOTAL = Pattern.compile(
            "([\\d,]+(?:\\.\\d+)?) of ([\\d,]+(?:\\.\\d+)?) hours that count");

    @Test
    void aVerifiedCertificateMovesTheCgpProgressAndIsInTheTranscriptAndTheAuditPacket() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Leading process groups " + tag;
        String provider = "Eastern Group Institute";
        Roles roles = Portal.bean(Roles.class);
        LocalDate today = Portal.bean(SocietyClock.class).today();
        Person person = new GroupFixtures(Portal.bean(MemberRepository.class),
                Portal.bean(MembershipTypeRepository.class), Portal.bean(AccountBootstrap.class),
                Portal.bean(GroupService.class), Portal.bean(Roles.class)).member("Quinn", true, today);
        roles.actAs(person.email(), Role.MEMBER);
        try {
            long cgp = Portal.bean(RequirementProfileService.class).list().stream()
                    .filter(p -> p.name().equals(DemoCredentials.CGP)).findFirst().orElseThrow().id();
            Portal.bean(CredentialService.class).add(new CredentialForm(cgp, "CGP-" + tag, today.minusMonths(3),
                    null, 0));
        } finally {
            roles.clear();
        }

        // the CGP's figures before
        Page member = signedIn(person.email());
        member.navigate(url("/my/credentials"));
        Locator card = member.locator(".credential-card").filter(new Locator.FilterOptions()
                .setHasText(DemoCredentials.CGP));
        assertThat(card).containsText("hours that count");
        BigDecimal before = counted(card);
        BrowserSession.screenshot(member, "ce-my-credentials-before");

        // the member adds the course with its certificate
        member.navigate(url("/my/external-ce"));
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add external CE")).click();
        field(member, "Provider").fill(provider);
        field(member, "Course title").fill(title);
        LocalDate earned = today.minusDays(5);
        Locator date = member.getByLabel("Date", new Page.GetByLabelOptions().setExact(true));
        date.fill(earned.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        date.press("Enter");
        field(member, "Hours").fill("2.5");
        member.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Group psychotherapy")).check();
        byte[] certificate = certificatePdf(title);
        member.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("my certificate.pdf",
                "application/pdf", certificate));
        assertThat(member.locator("#certificate-file")).containsText("Ready to save: my certificate.pdf (PDF");
        BrowserSession.screenshot(member, "ce-my-external-ce-form");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(member.getByText("Saved.", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(member.locator("vaadin-grid")).containsText(title);
        assertThat(member.locator("vaadin-grid")).containsText("Waiting for the board");
        BrowserSession.screenshot(member, "ce-my-external-ce-pending");

        // the board opens it, sees the certificate link, and verifies it
        Page board = signedIn("board@example.org");
        board.navigate(url("/external-ce"));
        Locator queue = board.locator("vaadin-grid");
        assertThat(queue.locator("vaadin-grid-cell-content").first()).isVisible();
        queue.evaluate("g => g.scrollToIndex(g.size - 1)"); // the newest is last (oldest first)
        board.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Quinn Tester: " + title)).click();
        assertThat(board.getByText("Quinn Tester: " + title, new Page.GetByTextOptions().setExact(true)).last())
                .isVisible();
        Locator certificateLink = board.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "PDF: download the certificate of " + title));
        assertThat(certificateLink).isVisible();
        Locator verify = board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")
                .setExact(true));
        verify.scrollIntoViewIfNeeded(); // the chosen record's certificate and the buttons, in the screenshot
        BrowserSession.screenshot(board, "ce-board-review-chosen");
        verify.click();
        assertThat(board.getByText("Verified: the hours count.")).isVisible();

        // the member's CGP progress moved by the course's hours
        member.navigate(url("/my/credentials"));
        assertThat(card).containsText("hours that count");
        assertThat(counted(card)).isEqualByComparingTo(before.add(new BigDecimal("2.5")));
        BrowserSession.screenshot(member, "ce-my-credentials-after");

        // the transcript PDF lists the course
        Download transcript = member.waitForDownload(() -> member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Messages.in(Messages.ENGLISH, "credentials.mine.transcript-aria", DemoCredentials.CGP)))
                .click());
        assertThat(transcript.suggestedFilename()).endsWith(".pdf");
        String text = pdfText(Files.readAllBytes(transcript.path())).replaceAll("\\s+", " "); // cells wrap
        assertThat(text).contains(title).contains(provider).contains("2.5");

        // the audit packet holds the transcript and the certificate, under a readable name
        Download packet = member.waitForDownload(() -> member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Messages.in(Messages.ENGLISH, "credentials.mine.packet-aria", DemoCredentials.CGP)))
                .click());
        assertThat(packet.suggestedFilename()).startsWith("audit-packet").endsWith(".zip");
        Map<String, byte[]> entries = unzip(Files.readAllBytes(packet.path()));
        String certificateName = earned + " " + provider + " - " + title + ".pdf";
        assertThat(entries).containsKey(certificateName).containsKey("index.txt");
        assertThat(entries.get(certificateName)).isEqualTo(certificate);
        assertThat(entries.keySet()).anySatisfy(n -> assertThat(n).startsWith("transcript-").endsWith(".pdf"));
        assertThat(new String(entries.get("index.txt"), StandardCharsets.UTF_8)).contains(certificateName);
    }

    /** The hours that count, from the card's "x of y hours that count". */
    private static BigDecimal counted(Locator card) {
        Matcher m = TOTAL.matcher(card.innerText());
        assertThat(m.find()).as("the total on " + card.innerText()).isTrue();
        return new BigDecimal(m.group(1).replace(",", ""));
    }

    private static byte[] certificatePdf(String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Certificate of completion: " + title + ", 2.5 CE hours (formal)"));
        doc.close();
        return out.toByteArray();
    }
}
