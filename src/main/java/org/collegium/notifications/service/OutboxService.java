package org.collegium.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.domain.SearchText;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.domain.OutboxStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox: every email, its status and its text. */
@Service
@PreAuthorize(Access.IS_ADMIN)
public class OutboxService {

    public record MessageView(long id, String recipient, String subject, String body, OutboxStatus status,
            int attempts, Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError) {

        static MessageView of(OutboxMessage m) {
            return new MessageView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(),
                    m.getAttempts(), m.getCreatedAt(), m.getSentAt(), m.getNextAttemptAt(), m.getLastError());
        }
    }

    private final OutboxMessageRepository messages;
    private final OutboxDelivery delivery;
    private final Clock clock;

    public OutboxService(OutboxMessageRepository messages, OutboxDelivery delivery, Clock clock) {
        this.messages = messages;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MessageView> find(OutboxStatus status, String search, Pageable page) {
        return messages.search(status, SearchText.normalise(search), page).stream().map(MessageView::of).toList();
    }

    @Transactional(readOnly = true)
    public long count(OutboxStatus status, String search) {
        return messages.countSearch(status, SearchText.normalise(search));
    }

    @Transactional(readOnly = true)
    public long countPending() {
        return messages.countByStatus(OutboxStatus.PENDING);
    }

    public boolean isMailServerConfigured() {
        return delivery.isMailServerConfigured();
    }

    @Transactional
    public void retry(long id) {
        messages.findById(id).orElseThrow(() -> new NotFoundException(Messages.t("notifications.outbox.the-email")))
                .retryNow(clock.instant());
    }
}
