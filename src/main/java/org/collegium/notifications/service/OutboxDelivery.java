package org.collegium.notifications.service;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.collegium.base.service.OpenAccess;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.domain.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages through Spring Mail, a batch at a time. Without a configured mail server (no
 * {@code spring.mail.host}) messages are kept, and administrators read them in the Outbox view.
 *
 * <p>A batch is
 * <ol>
 * <li><b>claimed</b> in one transaction: the due rows are read {@code FOR UPDATE SKIP LOCKED} and their next attempt
 * is moved to the end of a lease ({@link #CLAIM_LEASE}), so that another instance (or another run, should ShedLock's
 * lock expire) neither waits for them nor sends them while this one works;</li>
 * <li><b>sent</b> over one SMTP connection kept open for the whole batch (reconnected only when the server drops
 * it). A failure for one message (an address the server refuses, a message that cannot be built) is that message's
 * failed attempt: the others go on. A connection that cannot be opened is a failed attempt of every message still
 * to send, as each would have failed alike;</li>
 * <li><b>marked</b> every {@link #MARK_EVERY} messages (and at the end) in one transaction: sent, or the failed
 * attempt with its error and the backoff (FAILED after the last attempt), and the
 * {@link OutboxOutcomeListener}s told in that transaction (the sent ones together: {@code sent(List)}). Should a chunk fail to commit, its messages are marked one
 * by one, so one bad outcome costs only itself.</li>
 * </ol>
 *
 * <p><b>At least once</b>, as before batching (when each message was sent inside its own transaction, committed
 * after the server accepted it): a crash after the server accepted a message but before its chunk's outcome was
 * committed sends it again once its claim lapses, and that is the only way a message goes out twice (at most the
 * {@link #MARK_EVERY} messages of the chunk under way; each carries a stable Message-ID, {@code outbox-<id>@…}, by
 * which mail systems can drop the repeat). Losing an email is worse than sending it twice. Nothing else is sent
 * twice: claimed rows are not due for anybody else, an instance stopping normally ({@link #stop()}) finishes the
 * message under way, marks what it sent and gives the rest back, and a batch that outlives half its lease stops
 * sending and gives its rest back before anybody else may take it.
 */
@Service
@OpenAccess(reason = "scheduled job sending the outbox; read by the administrators' OutboxService")
public class OutboxDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    /** How long a claimed batch belongs to its instance; longer than ShedLock's lock on the job (5 minutes). */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(10);
    /** Outcomes committed per transaction while a batch is sent. */
    static final int MARK_EVERY = 50;
    /** How long {@link #stop()} waits for the message under way and the last marks. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    /** Claims read committed: the locking read takes no gap locks, so emails being written never wait for it. */
    private final TransactionTemplate claims;
    private final Clock clock;
    private final ObjectProvider<OutboxOutcomeListener> listeners;
    private final String messageIdDomain;

    private final ReentrantLock batchLock = new ReentrantLock();
    private final Condition idle = batchLock.newCondition();
    private int batchesUnderWay;
    private volatile boolean running = true;
    private volatile boolean stopping;

    /** Without outcome listeners (tests that build their own delivery). */
    public OutboxDelivery(OutboxMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
            MailProperties properties, TransactionTemplate transactions, Clock clock) {
        this(messages, mailSender, properties, transactions, clock,
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(OutboxOutcomeListener.class));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public OutboxDelivery(OutboxMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
            MailProperties properties, TransactionTemplate transactions, Clock clock,
            ObjectProvider<OutboxOutcomeListener> listeners) {
        this.listeners = listeners;
        this.messages = messages;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transactions = transactions;
        this.claims = new TransactionTemplate(transactions.getTransactionManager());
        this.claims.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.messageIdDomain = domainOf(properties.from());
    }

    public boolean isMailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends one batch of what is due now ({@code collegium.mail.batch-size} at most); returns how many were sent. */
    public int deliverDue() {
        return deliverBatch().sent();
    }

    /**
     * Sends batch after batch while full batches were due, for at most {@code budget} (the scheduled job: the
     * backlog of a large communication goes out in one run instead of a batch per poll); returns how many were sent.
     */
    public int deliverAllDue(Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int sent = 0;
        while (!stopping) {
            Batch batch = deliverBatch();
            sent += batch.sent();
            // a batch that sent nothing (the server away) is not followed by another: its backoff waits instead
            if (batch.claimed() < properties.batchSize() || batch.sent() == 0 || System.nanoTime() > until) {
                break;
            }
        }
        return sent;
    }

    private record Batch(int claimed, int sent) {
    }

    /** What a claimed message is sent from (read in the claiming transaction). */
    private record Claimed(long id, String recipient, String subject, String body, String htmlBody, String headers,
            String tag) {
    }

    /** How one message went: error null when the server accepted it. */
    private record Outcome(long id, String tag, String error) {
    }

    private Batch deliverBatch() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || stopping) {
            return new Batch(0, 0);
        }
        batchLock.lock();
        try {
            batchesUnderWay++;
        } finally {
            batchLock.unlock();
        }
        try {
            Instant claimedAt = clock.instant();
            Instant leaseEnds = claimedAt.plus(CLAIM_LEASE);
            List<Claimed> batch = claims.execute(tx -> claim(claimedAt, leaseEnds));
            if (batch.isEmpty()) {
                return new Batch(0, 0);
            }
            int sent = send(sender, batch, claimedAt.plus(CLAIM_LEASE.dividedBy(2)), leaseEnds);
            return new Batch(batch.size(), sent);
        } finally {
            batchLock.lock();
            try {
                batchesUnderWay--;
                idle.signalAll();
            } finally {
                batchLock.unlock();
            }
        }
    }

    private List<Claimed> claim(Instant now, Instant leaseEnds) {
        List<Long> ids = messages.lockDueIds(now, properties.batchSize());
        if (ids.isEmpty()) {
            return List.of();
        }
        messages.claim(ids, leaseEnds);
        Map<Long, OutboxMessage> byId = messages.findAllById(ids).stream()
                .collect(Collectors.toMap(OutboxMessage::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(m -> m != null)
                .map(m -> new Claimed(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getHtmlBody(),
                        m.getHeaders(), m.getTag()))
                .toList();
    }

    /** Sends the claimed batch over one connection, marking outcomes as it goes; returns how many were accepted. */
    private int send(JavaMailSender sender, List<Claimed> batch, Instant stopBy, Instant leaseEnds) {
        List<Outcome> outcomes = new ArrayList<>(MARK_EVERY);
        int sent = 0;
        int next = 0;
        try (Connection connection = connection(sender)) {
            for (; next < batch.size(); next++) {
                if (stopping || clock.instant().isAfter(stopBy)) {
                    break;
                }
                Claimed message = batch.get(next);
                String error = connection.send(message);
                if (error == null) {
                    sent++;
                }
                outcomes.add(new Outcome(message.id(), message.tag(), error));
                if (connection.unreachable() != null) {
                    // the server cannot be reached: every message still to send fails alike, without waiting again
                    for (next++; next < batch.size(); next++) {
                        Claimed unsent = batch.get(next);
                        outcomes.add(new Outcome(unsent.id(), unsent.tag(), connection.unreachable()));
                    }
                    break;
                }
                if (outcomes.size() >= MARK_EVERY) {
                    boolean recorded = mark(outcomes);
                    outcomes.clear();
                    if (!recorded) {
                        // the database is away: sending more would only send more twice
                        next++;
                        break;
                    }
                }
            }
        }
        // not in a finally: what could not be marked stays claimed and is sent again when the claim lapses
        mark(outcomes);
        if (next < batch.size()) {
            release(batch.subList(next, batch.size()), leaseEnds);
        }
        return sent;
    }

    /** Commits the outcomes (one by one should the chunk fail); false when none could be recorded. */
    private boolean mark(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return true;
        }
        try {
            transactions.executeWithoutResult(tx -> markAll(outcomes));
            return true;
        } catch (RuntimeException chunkFailed) {
            log.warn("Outbox: marking {} outcomes together failed ({}); marking them one by one", outcomes.size(),
                    chunkFailed.getMessage());
            int recorded = 0;
            for (Outcome o : outcomes) {
                try {
                    transactions.executeWithoutResult(tx -> markAll(List.of(o)));
                    recorded++;
                } catch (RuntimeException e) {
                    log.error("Outbox: the outcome of email {} could not be recorded; it is sent again when its "
                            + "claim lapses", o.id(), e);
                }
            }
            return recorded > 0;
        }
    }

    /**
     * One transaction's outcomes: the sent ones with one statement (still pending ones only, locked first) and told to
     * the listeners together; a failed attempt on its entity, with its backoff.
     */
    private void markAll(List<Outcome> outcomes) {
        Instant now = clock.instant();
        List<Long> accepted = outcomes.stream().filter(o -> o.error() == null).map(Outcome::id).toList();
        if (!accepted.isEmpty()) {
            List<Long> pending = messages.lockPending(accepted);
            if (!pending.isEmpty()) {
                messages.markSent(pending, now);
                java.util.Set<Long> marked = new java.util.HashSet<>(pending);
                List<OutboxOutcomeListener.Sent> tagged = outcomes.stream()
                        .filter(o -> o.error() == null && o.tag() != null && marked.contains(o.id()))
                        .map(o -> new OutboxOutcomeListener.Sent(o.tag(), o.id())).toList();
                if (!tagged.isEmpty()) {
                    listeners.orderedStream().forEach(l -> l.sent(tagged));
                }
            }
        }
        List<Outcome> failed = outcomes.stream().filter(o -> o.error() != null).toList();
        if (failed.isEmpty()) {
            return;
        }
        Map<Long, OutboxMessage> byId = messages.findAllById(failed.stream().map(Outcome::id).toList()).stream()
                .collect(Collectors.toMap(OutboxMessage::getId, Function.identity()));
        for (Outcome o : failed) {
            OutboxMessage message = byId.get(o.id());
            if (message == null || message.getStatus() != OutboxStatus.PENDING) {
                continue;
            }
            message.markAttemptFailed(now, o.error(), properties.maxAttempts(), properties.firstBackoff());
            log.warn("Email {} to {} failed (attempt {}): {}", o.id(), message.getRecipient(), message.getAttempts(),
                    o.error());
            if (message.getStatus() == OutboxStatus.FAILED && message.getTag() != null) {
                listeners.orderedStream().forEach(l -> l.delivered(message.getTag(), message.getId(), false,
                        message.getLastError()));
            }
        }
    }

    /** Gives claimed but unsent messages back: due again at once, for this or any instance. */
    private void release(List<Claimed> unsent, Instant leaseEnds) {
        try {
            transactions.executeWithoutResult(tx -> messages.release(unsent.stream().map(Claimed::id).toList(),
                    leaseEnds, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Outbox: {} unsent emails could not be given back; they are due when their claim lapses",
                    unsent.size(), e);
        }
    }

    private Connection connection(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? new OpenTransport(impl) : new PerMessage(sender);
    }

    /** Where a batch's messages go; {@link #send} returns null when accepted, otherwise the error. */
    private abstract class Connection implements AutoCloseable {

        abstract String send(Claimed message);

        /** Non-null once the server could not be reached at all: the error. */
        String unreachable() {
            return null;
        }

        @Override
        public void close() {
        }
    }

    /** One Jakarta Mail transport, connected at the first message and kept open for the batch. */
    private final class OpenTransport extends Connection {

        private final JavaMailSenderImpl sender;
        private Transport transport;
        private String unreachable;

        OpenTransport(JavaMailSenderImpl sender) {
            this.sender = sender;
        }

        @Override
        String send(Claimed message) {
            MimeMessage mime;
            try {
                mime = toMime(sender, message);
            } catch (MessagingException | MailException | IllegalArgumentException e) {
                return errorOf(e);
            }
            if (transport == null) {
                try {
                    transport = connect();
                } catch (MessagingException | RuntimeException e) {
                    unreachable = errorOf(e);
                    return unreachable;
                }
            }
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
                return null;
            } catch (MessagingException | RuntimeException e) {
                // a refused address leaves the connection usable (the transport resets it); a dropped one is opened
                // again for the next message
                if (!(e instanceof jakarta.mail.SendFailedException) && !stillConnected()) {
                    closeQuietly();
                }
                return errorOf(e);
            }
        }

        private Transport connect() throws MessagingException {
            String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
            Transport t = sender.getSession().getTransport(protocol);
            String user = sender.getUsername();
            String password = sender.getPassword();
            if ("".equals(user)) {
                user = null;
                password = "".equals(password) ? null : password;
            }
            t.connect(sender.getHost(), sender.getPort(), user, password);
            return t;
        }

        private boolean stillConnected() {
            try {
                return transport.isConnected();
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        String unreachable() {
            return unreachable;
        }

        private void closeQuietly() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException e) {
                    log.debug("Outbox: closing the SMTP connection failed", e);
                }
                transport = null;
            }
        }

        @Override
        public void close() {
            closeQuietly();
        }
    }

    /** Another kind of sender (not a JavaMailSenderImpl): each message on its own. */
    private final class PerMessage extends Connection {

        private final JavaMailSender sender;

        PerMessage(JavaMailSender sender) {
            this.sender = sender;
        }

        @Override
        String send(Claimed message) {
            try {
                sender.send(toMime(sender, message));
                return null;
            } catch (MessagingException | MailException | IllegalArgumentException e) {
                return errorOf(e);
            }
        }
    }

    private static String errorOf(Exception e) {
        String m = e.getMessage();
        if (e instanceof MailSendException s && !s.getFailedMessages().isEmpty()) {
            m = s.getFailedMessages().values().iterator().next().getMessage();
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private MimeMessage toMime(JavaMailSender sender, Claimed message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = message.htmlBody() == null ? new MimeMessageHelper(mime, "UTF-8")
                : new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        if (message.htmlBody() == null) {
            helper.setText(message.body(), false);
        } else {
            helper.setText(message.body(), message.htmlBody());
        }
        if (message.headers() != null) {
            for (String line : message.headers().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    mime.addHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        mime.setSentDate(Date.from(clock.instant()));
        mime.saveChanges();
        // set after saveChanges, which would give it a new one: the same email keeps its id when sent again
        mime.setHeader("Message-ID", "<outbox-" + message.id() + "@" + messageIdDomain + ">");
        return mime;
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            return at < 0 || at == address.length() - 1 ? "collegium" : address.substring(at + 1);
        } catch (MessagingException e) {
            return "collegium";
        }
    }

    // --- lifecycle: an instance that stops finishes the message under way, marks what it sent, gives back the rest

    @Override
    public void start() {
        stopping = false;
        running = true;
    }

    @Override
    public void stop() {
        stopping = true;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        batchLock.lock();
        try {
            while (batchesUnderWay > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("Outbox: a batch is still being sent at shutdown");
                    break;
                }
                idle.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            batchLock.unlock();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
