package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.collegium.accounts.domain.Role;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.service.CommunicationDelivery;
import org.collegium.communications.service.CommunicationRecords.CommunicationForm;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.communications.service.CommunicationService;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.service.MailProperties;
import org.collegium.notifications.service.OutboxDelivery;
import org.collegium.notifications.service.OutboxOutcomeListener;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17's scale: preparing a message to the 100,000 members (listing them as recipients, ≤ 10 s), and the outbox
 * delivering communication emails to a local SMTP server (GreenMail, ≥ 50 a second).
 */
@Tag("bench")
@IntegrationTest
class CommunicationsBenchmark {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final int DELIVERED = 2000;

    @Autowired CommunicationService communications;
    @Autowired CommunicationDelivery delivery;
    @Autowired JdbcTemplate jdbc;
    @Autowired Roles roles;
    @Autowired MutableClock clock;
    @Autowired OutboxMessageRepository outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired ObjectProvider<OutboxOutcomeListener> listeners;

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void prepareAndDeliver() {
        BenchSociety.ensureFilled(jdbc);
        roles.actAs("board@example.org", Role.BOARD);
        SegmentForm everyone = SegmentForm.members(null, null);
        long id = communications.save(null, new CommunicationForm(MailKind.SOCIETY_NEWS, "Conference {firstName}",
                "# The conference\n\nDear {firstName}, the call for proposals is open until {termEnds}.", everyone,
                6000, 0));
        communications.send(id, null, 0);
        long started = System.nanoTime();
        delivery.prepare(id, (done, total) -> { });
        long ms = (System.nanoTime() - started) / 1_000_000;
        int listed = jdbc.queryForObject("select count(*) from communication_recipient where communication_id = ?",
                Integer.class, id);
        assertThat(listed).isGreaterThanOrEqualTo(BenchSociety.MEMBERS);
        System.out.println("BENCH communications-prepare-100k " + ms + " ms (" + listed + " recipients)");

        // hand the first ones to the outbox (at 6,000 a minute: 20 s of the message's clock), then send them
        jdbc.update("update outbox_message set status = 'FAILED' where status = 'PENDING'");
        clock.advance(Duration.ofSeconds(20));
        int handed = delivery.handOver(id);
        assertThat(handed).isGreaterThanOrEqualTo(DELIVERED);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        ObjectProvider<JavaMailSender> senders = new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class);
        OutboxDelivery smtpDelivery = new OutboxDelivery(outbox, senders,
                new MailProperties("Collegium <bench@collegium.test>", 3, Duration.ofMinutes(1), 500), transactions,
                clock, listeners);
        long sendStart = System.nanoTime();
        int sent = 0;
        for (int n; (n = smtpDelivery.deliverDue()) > 0; ) {
            sent += n;
        }
        double seconds = (System.nanoTime() - sendStart) / 1e9;
        assertThat(sent).isEqualTo(handed);
        System.out.println("BENCH outbox-delivery " + String.format(Locale.ROOT, "%.0f", sent / seconds)
                + " msg/s (" + sent + " emails with HTML and List-Unsubscribe)");
    }
}
