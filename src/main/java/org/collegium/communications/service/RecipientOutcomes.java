package org.collegium.communications.service;

import org.collegium.base.service.OpenAccess;
import org.collegium.communications.domain.RecipientStatus;
import org.collegium.notifications.service.OutboxOutcomeListener;
import org.springframework.stereotype.Component;

/** Follows each communication email in the outbox: its recipient becomes SENT, or FAILED when the outbox gives up. */
@Component
@OpenAccess(reason = "called by the outbox's delivery, inside its transaction")
public class RecipientOutcomes implements OutboxOutcomeListener {

    static final String TAG = "communication-recipient:";

    private final RecipientStore recipients;

    RecipientOutcomes(RecipientStore recipients) {
        this.recipients = recipients;
    }

    /** A delivery batch's sent emails: their recipients become SENT with one statement. */
    @Override
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void sent(java.util.List<Sent> sent) {
        recipients.markSent(sent.stream().filter(s -> s.tag().startsWith(TAG))
                .map(s -> Long.parseLong(s.tag().substring(TAG.length()))).toList());
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void delivered(String tag, long outboxMessageId, boolean sent, String error) {
        if (tag.startsWith(TAG)) {
            recipients.mark(Long.parseLong(tag.substring(TAG.length())),
                    sent ? RecipientStatus.SENT : RecipientStatus.FAILED, sent ? null : error);
        }
    }
}
