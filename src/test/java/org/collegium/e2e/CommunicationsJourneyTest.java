package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.service.CommunicationDelivery;
import org.collegium.communications.service.CommunicationRecords.CommunicationForm;
import org.collegium.communications.service.CommunicationService;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.service.MailProperties;
import org.collegium.notifications.service.OutboxDelivery;
import org.collegium.notifications.service.OutboxOutcomeListener;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17 in Chromium: the board writes to the Carolinas society's active members, previews and sends; the emails
 * arrive in GreenMail with working unsubscribe links; an unsubscribed member gets the next announcement no more.
 */
class CommunicationsJourneyTest extends BrowserJourney {

    @Test
    @Tag(Portal.IN_PROCESS)
    void theBoardWritesToTheCarolinasActiveMembersAndAnUnsubscribeHolds() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        MutableClock clock = Portal.bean(MutableClock.class);
        Roles roles = Portal.bean(Roles.class);
        try {
            String subject = "Carolinas news " + UUID.randomUUID().toString().substring(0, 6);
            Page board = signedIn("board@example.org");
            board.navigate(url("/communications/new"));
            field(board, "Subject").fill(subject);
            board.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message (Markdown)"))
                    .fill("# Spring meeting\n\nDear {firstName}, the Carolinas society meets in April.");
            board.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Affiliate")).fill("Carolinas");
            board.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(
                    "Carolinas Group Psychotherapy Society")).click();
            board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Count recipients")).click();
            assertThat(board.getByText(Pattern.compile("^\\d+ recipients?$"))).isVisible();
            board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
            board.waitForURL(Pattern.compile(".*/communications/\\d+$"));
            long id = Long.parseLong(board.url().replaceAll(".*/", ""));
            board.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Preview for")).click();
            board.getByRole(AriaRole.OPTION).first().click();
            board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show preview")).click();
            assertThat(board.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Spring meeting")))
                    .isVisible();
            BrowserSession.screenshot(board, "communication-preview");
            board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send now")).click();
            assertThat(board.getByText(Pattern.compile("^Preparing"))).isVisible();

            // the job's work, run here: list the recipients, hand them over, send them through SMTP
            CommunicationDelivery delivery = Portal.bean(CommunicationDelivery.class);
            delivery.prepare(id, (d, t) -> { });
            clock.set(clock.instant().plus(Duration.ofMinutes(30)));
            delivery.handOver(id);
            OutboxDelivery smtpDelivery = smtpDelivery(smtp);
            while (smtpDelivery.deliverDue() > 0) {
                // until the outbox is empty
            }
            List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subjectOf(m).equals(subject)).toList();
            assertThat(received).isNotEmpty();
            MimeMessage first = received.getFirst();
            String to = first.getAllRecipients()[0].toString();
            Matcher link = Pattern.compile("<(https?://[^>]+)>").matcher(first.getHeader("List-Unsubscribe", null));
            assertThat(link.matches()).isTrue();
            assertThat(first.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

            // the member follows the link, signed out, and confirms
            Page member = browser.newPage();
            member.navigate(link.group(1));
            assertThat(member.getByText(Pattern.compile("^Stop getting Society news"))).isVisible();
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe")).click();
            assertThat(member.getByText(Pattern.compile("^Done: you will no longer get Society news"))).isVisible();
            BrowserSession.screenshot(member, "unsubscribed");

            // the next announcement reaches the others, not them
            String second = subject + " (2)";
            roles.actAs("board@example.org", Role.BOARD);
            CommunicationService communications = Portal.bean(CommunicationService.class);
            CommunicationForm form = communications.load(id).form();
            long next = communications.save(null, new CommunicationForm(MailKind.SOCIETY_NEWS, second, form.body(),
                    form.segment(), form.ratePerMinute(), 0));
            communications.send(next, null, 0);
            roles.clear();
            delivery.prepare(next, (d, t) -> { });
            clock.set(clock.instant().plus(Duration.ofMinutes(30)));
            delivery.handOver(next);
            while (smtpDelivery.deliverDue() > 0) {
                // until the outbox is empty
            }
            List<String> secondTo = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).equals(second))
                    .map(CommunicationsJourneyTest::recipientOf).toList();
            assertThat(secondTo).hasSize(received.size() - 1).doesNotContain(to);
        } finally {
            roles.clear();
            clock.reset();
            smtp.stop();
        }
    }

    private static OutboxDelivery smtpDelivery(GreenMail smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return new OutboxDelivery(Portal.bean(OutboxMessageRepository.class),
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
                new MailProperties("Collegium <journey@collegium.test>", 3, Duration.ofMinutes(1), 500),
                Portal.bean(TransactionTemplate.class), Portal.bean(MutableClock.class),
                Portal.provider(OutboxOutcomeListener.class));
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String recipientOf(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
