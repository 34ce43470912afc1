package org.collegium.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.domain.OutboxStatus;
import org.collegium.notifications.service.MailOutbox;
import org.collegium.notifications.service.MailProperties;
import org.collegium.notifications.service.OutboxDelivery;
import org.collegium.notifications.service.OutboxMail;
import org.collegium.notifications.service.OutboxOutcomeListener;
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
    void emailsWrittenTogetherReadBackAsTheSameOnesWrittenEachAloneDo() {
        clock.set(Instant.parse("2026-02-02T10:00:00.654321Z")); // micros, which DATETIME(6) keeps
        OutboxMail plain = OutboxMail.plain("together@example.org", "Plain", "Only text.");
        OutboxMail full = new OutboxMail("together@example.org", "Full", "Text.", "<p>Text.</p>",
                Map.of("List-Unsubscribe", "<https://portal.example.org/u/1>"), "test-tag:1");
        List<Long> alone = transactions.execute(tx -> List.of(outbox.enqueue(plain), outbox.enqueue(full)));
        List<Long> together = transactions.execute(tx -> {
            long before = messages.count();
            outbox.enqueueAll(List.of(plain, full));
            assertThat(messages.count()).isEqualTo(before + 2);
            return messages.findAll().stream().filter(m -> m.getRecipient().equals("together@example.org"))
                    .map(OutboxMessage::getId).filter(id -> !alone.contains(id)).sorted().toList();
        });
        assertThat(together).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(messages.findById(together.get(i)).orElseThrow()).usingRecursiveComparison()
                    .ignoringFields("id").isEqualTo(messages.findById(alone.get(i)).orElseThrow());
        }
        assertThatThrownBy(() -> outbox.enqueueAll(List.of(plain))).as("only inside the caller's transaction")
                .isInstanceOf(IllegalTransactionStateException.class);
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

    @Test
    void aBatchGoesOverOneConnectionAndARefusedOrBadAddressStopsNobody() throws Exception {
        String first = unique();
        String bad = "not an address";
        String second = unique();
        String refused = "refused-" + unique();
        String third = unique();
        transactions.executeWithoutResult(tx -> {
            for (String to : List.of(first, bad, second, refused, third)) {
                outbox.enqueue(to, "Batch", "body for " + to);
            }
        });
        CountingTransport.reset();

        int sent = delivery(countingSender(smtp.getSmtp().getPort())).deliverDue();

        assertThat(sent).isEqualTo(3);
        assertThat(CountingTransport.connections).as("one SMTP connection for the batch").hasValue(1);
        for (String to : List.of(first, second, third)) {
            assertThat(smtp.getReceivedMessagesForDomain(to)).as(to).hasSize(1);
            assertThat(messages.findByRecipientOrderByIdDesc(to).getFirst().getStatus()).isEqualTo(OutboxStatus.SENT);
        }
        assertThat(smtp.getReceivedMessagesForDomain(refused)).isEmpty();
        for (String to : List.of(bad, refused)) {
            OutboxMessage failed = messages.findByRecipientOrderByIdDesc(to).getFirst();
            assertThat(failed.getStatus()).as("retried later").isEqualTo(OutboxStatus.PENDING);
            assertThat(failed.getAttempts()).isEqualTo(1);
            assertThat(failed.getLastError()).isNotBlank();
            assertThat(failed.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        }
        assertThat(messages.findByRecipientOrderByIdDesc(refused).getFirst().getLastError()).contains("550");

        clock.advance(Duration.ofMinutes(1));
        CountingTransport.refuse = false;
        assertThat(delivery(countingSender(smtp.getSmtp().getPort())).deliverDue())
                .as("only the refused one again: the others are not sent twice").isEqualTo(1);
        assertThat(smtp.getReceivedMessagesForDomain(refused)).hasSize(1);
        for (String to : List.of(first, second, third)) {
            assertThat(smtp.getReceivedMessagesForDomain(to)).as(to).hasSize(1);
        }
    }

    @Test
    void aDroppedConnectionIsOpenedAgainForTheRest() throws Exception {
        String before = unique();
        String dropped = "drop-" + unique();
        String after = unique();
        transactions.executeWithoutResult(tx -> List.of(before, dropped, after)
                .forEach(to -> outbox.enqueue(to, "Dropped", "body")));
        CountingTransport.reset();

        assertThat(delivery(countingSender(smtp.getSmtp().getPort())).deliverDue()).isEqualTo(2);

        assertThat(CountingTransport.connections).hasValue(2);
        assertThat(smtp.getReceivedMessagesForDomain(before)).hasSize(1);
        assertThat(smtp.getReceivedMessagesForDomain(after)).hasSize(1);
        OutboxMessage failed = messages.findByRecipientOrderByIdDesc(dropped).getFirst();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
    }

    @Test
    void twoInstancesDeliveringAtOnceSendEveryMessageOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            recipients.add(unique());
        }
        transactions.executeWithoutResult(tx -> recipients.forEach(to -> outbox.enqueue(to, "Once", "body")));
        MailProperties small = new MailProperties("Collegium <portal@collegium.test>", 3, Duration.ofMinutes(1), 7);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                OutboxDelivery delivery = delivery(smtpSender(smtp.getSmtp().getPort()), small);
                runs.add(nodes.submit(() -> {
                    int sent = 0;
                    for (int n; (n = delivery.deliverDue()) > 0; ) {
                        sent += n;
                    }
                    return sent;
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        for (String to : recipients) {
            assertThat(smtp.getReceivedMessagesForDomain(to)).as(to).hasSize(1);
            assertThat(messages.findByRecipientOrderByIdDesc(to).getFirst().getStatus()).isEqualTo(OutboxStatus.SENT);
        }
    }

    /** Stands for the process dying after the server accepted the emails, before their outcome was committed. */
    static final class Crash extends Error {
        Crash() {
            super("the process died");
        }
    }

    @Test
    void aCrashBetweenSendingAndMarkingSendsAgainOnlyOnceTheClaimLapses() throws Exception {
        List<String> recipients = List.of(unique(), unique(), unique());
        transactions.executeWithoutResult(tx -> recipients.forEach(to -> outbox.enqueue(
                new OutboxMail(to, "Crash", "body", null, Map.of(), "test-crash:" + to))));
        OutboxOutcomeListener dies = (tag, id, sent, error) -> {
            throw new Crash();
        };
        OutboxDelivery crashing = new OutboxDelivery(messages,
                new StaticListableBeanFactory(Map.of("mailSender", smtpSender(smtp.getSmtp().getPort())))
                        .getBeanProvider(JavaMailSender.class), properties, transactions, clock,
                new StaticListableBeanFactory(Map.of("dies", dies)).getBeanProvider(OutboxOutcomeListener.class));

        assertThatThrownBy(crashing::deliverDue).isInstanceOf(Crash.class);
        for (String to : recipients) {
            assertThat(smtp.getReceivedMessagesForDomain(to)).as("accepted by the server").hasSize(1);
            assertThat(messages.findByRecipientOrderByIdDesc(to).getFirst().getStatus())
                    .as("but not marked").isEqualTo(OutboxStatus.PENDING);
        }

        OutboxDelivery restarted = delivery(smtpSender(smtp.getSmtp().getPort()));
        assertThat(restarted.deliverDue()).as("still claimed: not sent again at once").isZero();
        clock.advance(OutboxDelivery.CLAIM_LEASE.minusSeconds(1));
        assertThat(restarted.deliverDue()).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(restarted.deliverDue()).as("at least once: the claim lapsed").isEqualTo(3);
        for (String to : recipients) {
            assertThat(smtp.getReceivedMessagesForDomain(to)).hasSize(2);
            MimeMessage[] both = smtp.getReceivedMessagesForDomain(to);
            assertThat(both[1].getMessageID()).as("the same Message-ID, by which the repeat can be dropped")
                    .isEqualTo(both[0].getMessageID()).startsWith("<outbox-");
            assertThat(messages.findByRecipientOrderByIdDesc(to).getFirst().getStatus()).isEqualTo(OutboxStatus.SENT);
        }
    }

    @Test
    void aBatchOutlivingHalfItsClaimGivesTheRestBack() throws Exception {
        String slow = "slow-" + unique();
        String later = unique();
        String last = unique();
        transactions.executeWithoutResult(tx -> List.of(slow, later, last)
                .forEach(to -> outbox.enqueue(to, "Slow", "body")));
        CountingTransport.reset();
        CountingTransport.clock = clock;

        assertThat(delivery(countingSender(smtp.getSmtp().getPort())).deliverDue()).isEqualTo(1);

        assertThat(smtp.getReceivedMessagesForDomain(slow)).hasSize(1);
        assertThat(smtp.getReceivedMessagesForDomain(later)).isEmpty();
        OutboxMessage given = messages.findByRecipientOrderByIdDesc(later).getFirst();
        assertThat(given.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(given.getAttempts()).as("not an attempt").isZero();
        assertThat(given.getNextAttemptAt()).as("due again at once").isEqualTo(clock.instant());
        assertThat(delivery(countingSender(smtp.getSmtp().getPort())).deliverDue()).isEqualTo(2);
        assertThat(smtp.getReceivedMessagesForDomain(later)).hasSize(1);
        assertThat(smtp.getReceivedMessagesForDomain(last)).hasSize(1);
        assertThat(smtp.getReceivedMessagesForDomain(slow)).hasSize(1);
    }

    /**
     * The real SMTP transport, counting its connections, standing for a server that refuses "refused-…" addresses
     * (550, the connection stays usable) and drops the connection at "drop-…"; a "slow-…" email takes six minutes.
     */
    public static class CountingTransport extends SMTPTransport {

        static final AtomicInteger connections = new AtomicInteger();
        static volatile boolean refuse = true;
        static volatile MutableClock clock;

        public CountingTransport(Session session, URLName name) {
            super(session, name);
        }

        static void reset() {
            connections.set(0);
            refuse = true;
            clock = null;
        }

        @Override
        protected boolean protocolConnect(String host, int port, String user, String password)
                throws MessagingException {
            connections.incrementAndGet();
            return super.protocolConnect(host, port, user, password);
        }

        @Override
        public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
            String to = Arrays.toString(addresses);
            if (refuse && to.contains("refused-")) {
                throw new SendFailedException("550 5.1.1 mailbox unavailable", null, new Address[0],
                        new Address[0], addresses);
            }
            if (to.contains("drop-")) {
                close();
                throw new MessagingException("connection reset by the server");
            }
            super.sendMessage(message, addresses);
            if (to.contains("slow-") && clock != null) {
                clock.advance(Duration.ofMinutes(6));
            }
        }
    }

    private static JavaMailSender countingSender(int port) throws MessagingException {
        JavaMailSenderImpl sender = (JavaMailSenderImpl) smtpSender(port);
        Properties props = new Properties();
        props.putAll(sender.getJavaMailProperties());
        Session session = Session.getInstance(props);
        session.setProvider(new Provider(Provider.Type.TRANSPORT, "smtp", CountingTransport.class.getName(),
                "Collegium tests", "1"));
        sender.setSession(session);
        return sender;
    }

    private OutboxDelivery delivery(JavaMailSender sender, MailProperties with) {
        return new OutboxDelivery(messages,
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
                with, transactions, clock);
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
