package org.collegium.notifications.service;

import org.collegium.base.service.OpenAccess;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.domain.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages through Spring Mail, one transaction per message. Without a configured mail server
 * (no {@code spring.mail.host}) messages are kept, and administrators read them in the Outbox view.
 */
@Service
@OpenAccess(reason = "scheduled job sending the outbox; read by the administrators' OutboxService")
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectProvider<OutboxOutcomeListener> listeners;

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
        this.clock = clock;
    }

    public boolean isMailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends what is due now; returns how many were sent. */
    public int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Long> due = messages.findDueIds(clock.instant(), PageRequest.of(0, properties.batchSize()));
        int sent = 0;
        for (Long id : due) {
            Boolean ok = transactions.execute(tx -> deliverOne(sender, id));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliverOne(JavaMailSender sender, Long id) {
        OutboxMessage message = messages.findById(id).orElse(null);
        if (message == null || message.getStatus() != OutboxStatus.PENDING) {
            return false;
        }
        try {
            sender.send(toMime(sender, message));
            message.markSent(clock.instant());
            tell(message, true);
            return true;
        } catch (MailException | MessagingException e) {
            message.markAttemptFailed(clock.instant(), e.getMessage(), properties.maxAttempts(),
                    properties.firstBackoff());
            log.warn("Email {} to {} failed (attempt {}): {}", id, message.getRecipient(), message.getAttempts(),
                    e.getMessage());
            if (message.getStatus() == OutboxStatus.FAILED) {
                tell(message, false);
            }
            return false;
        }
    }

    private void tell(OutboxMessage message, boolean sent) {
        if (message.getTag() != null) {
            listeners.orderedStream().forEach(l -> l.delivered(message.getTag(), message.getId(), sent,
                    message.getLastError()));
        }
    }

    private MimeMessage toMime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        if (message.getHtmlBody() == null) {
            helper.setText(message.getBody(), false);
        } else {
            helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            helper.setText(message.getBody(), message.getHtmlBody());
        }
        if (message.getHeaders() != null) {
            for (String line : message.getHeaders().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    mime.addHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        return mime;
    }
}
