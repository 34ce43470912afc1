package org.collegium.communications.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.communications.domain.Communication;
import org.collegium.communications.domain.CommunicationRepository;
import org.collegium.communications.domain.CommunicationStatus;
import org.collegium.communications.domain.RecipientStatus;
import org.collegium.communications.service.CommunicationRecords.Rendered;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.communications.service.RecipientStore.Pending;
import org.collegium.members.service.MemberSegments.SegmentMember;
import org.collegium.notifications.service.MailOutbox;
import org.collegium.notifications.service.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends communications in the background (run by {@code CommunicationJobs}, and by tests):
 * <ol>
 * <li>a scheduled message whose time has come starts preparing;</li>
 * <li>preparing lists the segment's members into recipient rows, a chunk per transaction, with the author's
 * rights as they are now (read fresh from their account): the unique (message, member) row means a chunk written
 * twice, after a restart, adds nobody twice, and preparing resumes after the last member listed;</li>
 * <li>handing over gives each queued recipient's email to the outbox at the message's rate (emails per minute
 * since sending began), one transaction per recipient, so that one failure never stops the others; a member who
 * has unsubscribed from the message's kind by then is skipped.</li>
 * </ol>
 */
@Service
@OpenAccess(reason = "the communications job: prepares and hands over messages their senders sent")
public class CommunicationDelivery {

    private static final Logger log = LoggerFactory.getLogger(CommunicationDelivery.class);

    /** Emails handed over per transaction batch at most, whatever the rate. */
    private static final int HAND_OVER_LIMIT = 5000;

    private final CommunicationRepository communications;
    private final RecipientStore recipients;
    private final Segments segments;
    private final MailRenderer renderer;
    private final MailOutbox outbox;
    private final OptOuts optOuts;
    private final RecipientLanguage languages;
    private final UserDetailsService accounts;
    private final CommunicationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    CommunicationDelivery(CommunicationRepository communications, RecipientStore recipients, Segments segments,
            MailRenderer renderer, MailOutbox outbox, OptOuts optOuts, RecipientLanguage languages,
            UserDetailsService accounts, CommunicationProperties properties, TransactionTemplate transactions,
            Clock clock, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.communications = communications;
        this.recipients = recipients;
        this.segments = segments;
        this.renderer = renderer;
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.languages = languages;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One run: start what is due, prepare what is preparing, hand over what is sending. */
    public void run() {
        startDue();
        for (Long id : transactions.execute(tx -> communications.findIdsByStatus(CommunicationStatus.PREPARING))) {
            try {
                prepare(id, (done, total) -> { });
            } catch (RuntimeException e) {
                log.error("Communication {}: preparing failed, retried on the next run", id, e);
            }
        }
        for (Long id : transactions.execute(tx -> communications.findIdsByStatus(CommunicationStatus.SENDING))) {
            handOver(id);
        }
    }

    public void startDue() {
        Instant now = clock.instant();
        for (Long id : transactions.execute(tx -> communications.findDueIds(now))) {
            transactions.executeWithoutResult(tx -> communications.findById(id)
                    .filter(c -> c.getStatus() == CommunicationStatus.SCHEDULED)
                    .ifPresent(c -> c.startPreparing(now, 0)));
        }
    }

    /** Progress of preparing: recipients listed so far of about how many. */
    public interface Progress {
        void listed(int done, int total);
    }

    /** Lists the recipients of a preparing message, then starts sending it; idempotent. */
    public void prepare(long communicationId, Progress progress) {
        Communication c = transactions.execute(tx -> communications.findById(communicationId).orElse(null));
        if (c == null || c.getStatus() != CommunicationStatus.PREPARING) {
            return;
        }
        SegmentForm segment = CommunicationService.form(c).segment();
        SecurityContext before = security.getContext();
        SecurityContext asAuthor = security.createEmptyContext();
        try {
            UserDetails author = accounts.loadUserByUsername(c.getAuthor());
            if (!author.isEnabled()) {
                throw new UsernameNotFoundException(c.getAuthor());
            }
            asAuthor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(author, null,
                    author.getAuthorities()));
        } catch (UsernameNotFoundException e) {
            log.warn("Communication {}: its author {} can no longer sign in; cancelled", communicationId,
                    c.getAuthor());
            transactions.executeWithoutResult(tx -> communications.findById(communicationId)
                    .ifPresent(Communication::cancel));
            return;
        }
        security.setContext(asAuthor);
        try {
            int expected = transactions.execute(tx -> {
                int total = Math.toIntExact(segments.count(segment));
                communications.findById(communicationId).ifPresent(x -> x.startPreparing(clock.instant(), total));
                return total;
            });
            long after = transactions.execute(tx -> recipients.lastMember(communicationId));
            while (true) {
                long from = after;
                List<SegmentMember> chunk = transactions.execute(tx -> {
                    List<SegmentMember> page = segments.page(segment, from, properties.chunk());
                    recipients.insertAll(communicationId, page);
                    return page;
                });
                if (chunk.isEmpty()) {
                    break;
                }
                after = chunk.getLast().id();
                int done = transactions.execute(tx -> {
                    int n = recipients.count(communicationId);
                    communications.findById(communicationId).ifPresent(x -> x.prepared(n));
                    return n;
                });
                progress.listed(done, Math.max(done, expected));
            }
            transactions.executeWithoutResult(tx -> communications.findById(communicationId)
                    .filter(x -> x.getStatus() == CommunicationStatus.PREPARING)
                    .ifPresent(x -> x.startSending(clock.instant(), recipients.count(communicationId))));
        } finally {
            security.setContext(before);
        }
    }

    /** Hands the message's queued recipients to the outbox, as many as its rate allows by now; returns how many. */
    public int handOver(long communicationId) {
        Communication c = transactions.execute(tx -> communications.findById(communicationId).orElse(null));
        if (c == null || c.getStatus() != CommunicationStatus.SENDING) {
            return 0;
        }
        long allowed = allowedBy(c, clock.instant()) - c.getReleased();
        int handed = 0;
        if (allowed > 0) {
            List<Pending> next = transactions.execute(tx -> recipients.nextToHandOver(communicationId,
                    (int) Math.min(allowed, HAND_OVER_LIMIT)));
            for (Pending p : next) {
                try {
                    transactions.executeWithoutResult(tx -> handOver(c, p));
                } catch (RuntimeException e) {
                    log.warn("Communication {}: recipient {} failed: {}", communicationId, p.id(), e.getMessage());
                    transactions.executeWithoutResult(tx -> recipients.mark(p.id(), RecipientStatus.FAILED,
                            String.valueOf(e.getMessage())));
                }
                handed++;
            }
            int count = handed;
            transactions.executeWithoutResult(tx -> communications.findById(communicationId)
                    .ifPresent(x -> x.released(count)));
        }
        transactions.executeWithoutResult(tx -> {
            if (recipients.nextToHandOver(communicationId, 1).isEmpty()) {
                communications.findById(communicationId).filter(x -> x.getStatus() == CommunicationStatus.SENDING)
                        .ifPresent(x -> x.finish(clock.instant()));
            }
        });
        return handed;
    }

    /** How many emails the rate allows by {@code now}: one at once, then ratePerMinute a minute. */
    static long allowedBy(Communication c, Instant now) {
        long elapsed = Math.max(0, Duration.between(c.getDispatchStartedAt(), now).toMillis());
        return 1 + elapsed * c.getRatePerMinute() / 60_000;
    }

    private void handOver(Communication c, Pending p) {
        if (optOuts.optedOut(p.memberId(), c.getKind())) {
            recipients.mark(p.id(), RecipientStatus.SKIPPED, null);
            return;
        }
        Rendered r = renderer.render(p.email(), c.getSubject(), c.getBody(), c.getKind(), p.memberId(), p.firstName(),
                p.lastName(), p.termEnds(), languages.of(p.email()));
        String unsubscribe = renderer.unsubscribeUrl(p.memberId(), c.getKind());
        long outboxId = outbox.enqueue(new OutboxMail(p.email(), r.subject(), r.text(), r.html(),
                Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                RecipientOutcomes.TAG + p.id()));
        recipients.handedOver(p.id(), outboxId);
    }
}
