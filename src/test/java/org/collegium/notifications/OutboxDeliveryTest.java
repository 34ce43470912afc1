package org.collegium.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.domain.OutboxStatus;
import org.collegium.notifications.service.MailOutbox;
import org.collegium.notifications.service.MailProperties;
import org.collegium.notifications.service.OutboxDelivery;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail) and the real database. */
@IntegrationTest
class OutboxDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired MailOutbox outbox;
    @Autowired OutboxMessageRepository messages;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;

    private final MailProperties properties = new MailProperties("Collegium <portal@collegium.test>", 3,
            Duration.ofMinutes(1), 500);

    @BeforeEach
    void startClock() {
        clock.set(Instant.parse("2026-02-02T10:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        // leave nothing due for the next test's delivery run
        transactions.executeWithoutResult(tx -> messages.findAll().stream()
                .filter(m -> m.getStatus() == OutboxStatus.PENDING).forEach(messages::delete));
    }

    @Test
    void aMessageIsWrittenOnlyWhenItsTransactionCommits() {
        String to = unique();
        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(to, "Rolled back", "never sent");
            tx.setRollbackOnly();
        });
        assertThat(messages.findByRecipientOrderByIdDesc(to)).isEmpty();
        assertThatThrownBy(() -> outbox.enqueue(to, "No transaction", "refused"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void dueMessagesAreSentThroughSmtp() throws Exception {
        String to = unique();
        transactions.executeWithoutResult(tx -> outbox.enqueue(to, "Welcome", "Hello there,\nwelcome."));

        int sent = delivery(smtpSender(smtp.getSmtp().getPort())).deliverDue();

        assertThat(sent).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(to);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Welcome");
        assertThat(GreenMailUtil.getBody(received[0])).contains("welcome.");
        OutboxMessage stored = messages.findByRecipientOrderByIdDesc(to).getFirst();
        assertThat(stored.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored.getSentAt()).isEqualTo(clock.instant());
        assertThat(delivery(smtpSender(smtp.getSmtp().getPort())).deliverDue()).as("sent once").isZero();
    }

    @Test
    void aFailureIsRetriedWithBackoffThenRecordedAsFailed() throws Exception {
        String to = unique();
        transactions.executeWithoutResult(tx -> outbox.enqueue(to, "Retry me", "body"));
        OutboxDelivery broken = delivery(smtpSender(closedPort()));

        broken.deliverDue();
        OutboxMessage afterFirst = messages.findByRecipientOrderByIdDesc(to).getFirst();
        assertThat(afterFirst.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterFirst.getAttempts()).isEqualTo(1);
        assertThat(afterFirst.getLastError()).isNotBlank();
        assertThat(afterFirst.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        assertThat(broken.deliverDue()).as("not due before the backoff").isZero();
        assertThat(messages.findByRecipientOrderByIdDesc(to).getFirst().getAttempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        broken.deliverDue();
        assertThat(messages.findByRecipientOrderByIdDesc(to).getFirst().getNextAttemptAt())
                .as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        broken.deliverDue();
        OutboxMessage failed = messages.findByRecipientOrderByIdDesc(to).getFirst();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);
        assertThat(failed.getBody()).as("kept, not lost").isEqualTo("body");

        // the server is back: a failed message stays failed until an administrator retries it
        assertThat(delivery(smtpSender(smtp.getSmtp().getPort())).deliverDue()).isZero();
    }

    @Test
    void withoutAMailServerMessagesAreKept() {
        String to = unique();
        transactions.executeWithoutResult(tx -> outbox.enqueue(to, "Kept", "body"));
        OutboxDelivery noServer = new OutboxDelivery(messages,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties, transactions,
                clock);
        assertThat(noServer.isMailServerConfigured()).isFalse();
        assertThat(noServer.deliverDue()).isZero();
        assertThat(messages.findByRecipientOrderByIdDesc(to).getFirst().getStatus()).isEqualTo(OutboxStatus.PENDING);
    }

    private OutboxDelivery delivery(JavaMailSender sender) {
        return new OutboxDelivery(messages,
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
                properties, transactions, clock);
    }

    private static JavaMailSender smtpSender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return sender;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String unique() {
        return "mail-" + UUID.randomUUID() + "@example.org";
    }
}
