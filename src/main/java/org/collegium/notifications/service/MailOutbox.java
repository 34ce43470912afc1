package org.collegium.notifications.service;

import java.time.Clock;
import java.util.List;
import org.collegium.base.service.OpenAccess;
import org.collegium.notifications.domain.OutboxInserts;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way features send email: the message is stored in the caller's transaction, so it exists exactly
 * when the change that caused it was committed. {@link OutboxDelivery} sends it afterwards.
 */
@Service
@OpenAccess(reason = "written by other services, inside their own method security")
public class MailOutbox {

    private final OutboxMessageRepository messages;
    private final Clock clock;

    public MailOutbox(OutboxMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        messages.save(new OutboxMessage(recipient, subject, body, clock.instant()));
    }

    /**
     * An email with an optional HTML part, extra headers and a tag; returns the outbox message's id. Its outcome (sent,
     * or failed for good) is told to every {@link OutboxOutcomeListener} with the tag.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutboxMail mail) {
        return messages.save(message(mail)).getId();
    }

    /**
     * Several emails written in one round trip ({@link OutboxInserts}), as {@link #enqueue(OutboxMail)} writes each:
     * for a batch of registrations, which writes its emails while it holds its event's lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(List<OutboxMail> mails) {
        messages.insertAll(mails.stream().map(this::message).toList());
    }

    private OutboxMessage message(OutboxMail mail) {
        StringBuilder headers = new StringBuilder();
        mail.headers().forEach((name, value) -> headers.append(name).append(": ").append(value).append('\n'));
        return new OutboxMessage(mail.recipient(), mail.subject(), mail.text(), mail.html(),
                headers.isEmpty() ? null : headers.toString(), mail.tag(), clock.instant());
    }
}
