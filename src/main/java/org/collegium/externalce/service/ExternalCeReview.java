package org.collegium.externalce.service;

import java.util.List;
import java.util.Locale;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.Formats;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.service.CeLedger;
import org.collegium.externalce.domain.ExternalCe;
import org.collegium.externalce.domain.ExternalCeRepository;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's (and administrators') review of external CE: verify (the hours then count: the CE ledger gets the
 * record's row, source EXTERNAL) or decline with a note (the row is withdrawn; declining a verified record is how it
 * is un-verified). Each decision is audited and emailed to the member, in their language, with the note. Every
 * member's records, for these roles only: affiliate administrators do not review external CE.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_BOARD_OR_ADMIN)
public class ExternalCeReview {

    private final ExternalCeRepository records;
    private final ExternalCeAccess access;
    private final CeLedger ledger;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final java.time.Clock clock;
    private final MailOutbox outbox;
    private final RecipientLanguage languages;

    ExternalCeReview(ExternalCeRepository records, ExternalCeAccess access, CeLedger ledger, AuditLog audit,
            CurrentActor actor, java.time.Clock clock, MailOutbox outbox, RecipientLanguage languages) {
        this.records = records;
        this.access = access;
        this.ledger = ledger;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.outbox = outbox;
        this.languages = languages;
    }

    /** Records in this state, the longest waiting first, a page at a time, with their members' names. */
    @Transactional(readOnly = true)
    public List<ExternalCeLine> queue(ExternalCeStatus status, int offset, int limit) {
        int size = Math.max(1, limit);
        return access.lines(records.findByStatusOrderByCreatedAtAscIdAsc(status, PageRequest.of(offset / size, size)),
                true);
    }

    @Transactional(readOnly = true)
    public long count(ExternalCeStatus status) {
        return records.countByStatus(status);
    }

    @Transactional(readOnly = true)
    public ExternalCeLine get(long externalCeId) {
        ExternalCe r = access.any(externalCeId);
        return access.line(r, access.name(r.getMemberId()));
    }

    /** The hours count from now: the record goes into the CE ledger. A note is optional. */
    public void verify(long externalCeId, String note, long version) {
        ExternalCe r = load(externalCeId, version);
        if (r.getStatus() == ExternalCeStatus.VERIFIED) {
            throw new BusinessRuleException(Messages.t("externalce.review.already-verified"));
        }
        String clean = note(note, false);
        decide(r, ExternalCeStatus.VERIFIED, clean, "EXTERNAL_CE_VERIFIED");
        ledger.record(LedgerEntries.of(r));
        mail(r, "verified");
    }

    /** The hours do not count (a verified record is withdrawn from the CE ledger); the note, required, says why. */
    public void decline(long externalCeId, String note, long version) {
        ExternalCe r = load(externalCeId, version);
        if (r.getStatus() == ExternalCeStatus.DECLINED) {
            throw new BusinessRuleException(Messages.t("externalce.review.already-declined"));
        }
        String clean = note(note, true);
        decide(r, ExternalCeStatus.DECLINED, clean, "EXTERNAL_CE_DECLINED");
        ledger.withdraw(CeSource.EXTERNAL, r.getId());
        mail(r, "declined");
    }

    private void decide(ExternalCe r, ExternalCeStatus status, String note, String action) {
        ExternalCeStatus before = r.getStatus();
        String noteBefore = r.getReviewNote();
        r.review(status, note, actor.name(), clock.instant());
        records.saveAndFlush(r);
        audit.record(action, ExternalCeService.TYPE, r.getId(), ExternalCeService.summary(r),
                new Changes().track("status", before, status).track("reviewNote", noteBefore, note));
    }

    private void mail(ExternalCe r, String which) {
        String email = access.email(r.getMemberId());
        if (email == null) {
            return;
        }
        Locale language = languages.of(email);
        String note = r.getReviewNote() == null ? "" : r.getReviewNote();
        outbox.enqueue(email, Messages.in(language, "externalce.mail." + which + ".subject", r.getTitle()),
                Messages.in(language, "externalce.mail." + which + ".body", r.getTitle(), r.getProvider(),
                        Formats.decimal(r.getHours(), 2), note));
    }

    private static String note(String note, boolean required) {
        CeInputRules rules = new CeInputRules();
        String clean = rules.text("note", note, required, 1000);
        rules.throwIfAny();
        return clean;
    }

    private ExternalCe load(long externalCeId, long version) {
        ExternalCe r = access.any(externalCeId);
        ConcurrentEditException.check(r.getVersion(), version, Messages.t("externalce.the-record"));
        return r;
    }
}
