package org.collegium.members.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.collegium.base.domain.Access;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.Text;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipTerm;
import org.collegium.members.domain.Payment;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.domain.PaymentRepository;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentRecords.PaymentView;
import org.collegium.members.service.PaymentRecords.Receipt;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments are recorded, not processed: what a member paid (or had waived), how, and the receipt number it
 * was given. Who may record and read them, and whose, is the same as for the member records themselves
 * ({@link MemberAccess}): officers read; the board, administrators and the member's affiliate administrator
 * also record.
 */
@Service
@Transactional
public class PaymentService {

    private final AccountScopes scopes;

    private static final String READERS = Access.RECORD_READERS;
    private static final String EDITORS = Access.RECORD_EDITORS;

    private final PaymentRepository payments;
    private final ReceiptNumbers receiptNumbers;
    private final MemberAccess access;
    private final SocietyClock clock;
    private final SocietySettingsService settings;
    private final AuditLog auditLog;

    public PaymentService(AccountScopes scopes, PaymentRepository payments, ReceiptNumbers receiptNumbers,
            MemberAccess access,
            SocietyClock clock, SocietySettingsService settings, AuditLog auditLog) {
        this.scopes = scopes;
        this.payments = payments;
        this.receiptNumbers = receiptNumbers;
        this.access = access;
        this.clock = clock;
        this.settings = settings;
        this.auditLog = auditLog;
    }

    /** Records a payment of a member, optionally against one of their terms, and gives it a receipt number. */
    @PreAuthorize(EDITORS)
    public PaymentView record(long memberId, PaymentForm form) {
        Member member = access.loadScoped(memberId);
        FieldErrors errors = PaymentRules.check(form, clock.today());
        MembershipTerm term = null;
        if (form.termId() != null) {
            term = member.getTerms().stream().filter(t -> form.termId().equals(t.getId())).findFirst().orElse(null);
            if (term == null) {
                errors.add("termId", Messages.t("membership.payment.error.term"));
            }
        }
        LocalDate joined = onRecordSince(member);
        if (form.paidOn() != null && joined != null && form.paidOn().isBefore(joined)) {
            errors.add("paidOn", Messages.t("membership.payment.error.before-record", member.getFullName(),
                    clock.formatShortDate(joined)));
        }
        errors.throwIfAny();
        BigDecimal amount = form.amount().setScale(2, RoundingMode.UNNECESSARY);
        String receiptNumber = receiptNumbers.next(clock.today().getYear());
        Payment payment = payments.saveAndFlush(new Payment(member, term, amount, form.method(),
                Text.clean(form.reference()), form.paidOn(), receiptNumber, Text.clean(form.note())));
        settleIfPaid(member, term, form);
        auditLog.record("PAYMENT_RECORDED", "Payment", payment.getId(), member.getFullName() + ": "
                + Formats.money(amount, Messages.ENGLISH) + " by "
                + form.method().label(Messages.ENGLISH).toLowerCase(Locale.ROOT) + ", receipt "
                + receiptNumber, new Changes().track("memberId", null, member.getId())
                        .track("receiptNumber", null, receiptNumber).track("amount", null, amount)
                        .track("method", null, form.method()).track("reference", null, payment.getReference())
                        .track("paidOn", null, form.paidOn()).track("termId", null, term == null ? null : term.getId())
                        .track("note", null, payment.getNote()));
        return view(payment);
    }

    /**
     * A term's dues are settled by a waiver, or once its payments add up to them; the member's status follows (a
     * term paid after its pay-by day counts again from the payment's date).
     */
    private void settleIfPaid(Member member, MembershipTerm term, PaymentForm form) {
        if (term == null || !term.isPending()) {
            return;
        }
        if (form.method() == PaymentMethod.WAIVED
                || payments.sumForTerm(term.getId()).compareTo(term.getDuesCharged()) >= 0) {
            term.settle(form.paidOn());
            member.recomputeStatus(clock.today());
        }
    }

    /**
     * The first day the member existed for the society: their record's creation, or an earlier first term (records
     * brought over from another system keep their history). A payment cannot predate it.
     */
    private LocalDate onRecordSince(Member member) {
        LocalDate created = member.getCreatedAt() == null ? null
                : member.getCreatedAt().atZone(clock.zone()).toLocalDate();
        LocalDate firstTerm = member.periods().stream().map(p -> p.start()).min(LocalDate::compareTo).orElse(null);
        if (created == null || firstTerm == null) {
            return created == null ? firstTerm : created;
        }
        return firstTerm.isBefore(created) ? firstTerm : created;
    }

    /** A member's payments, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PaymentView> forMember(long memberId) {
        access.loadScoped(memberId);
        return payments.findByMemberIdOrderByPaidOnDescIdDesc(memberId).stream().map(PaymentService::view).toList();
    }

    /** The receipt of a payment as a PDF. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Receipt receipt(long paymentId) {
        Payment p = payments.findForReceipt(paymentId).orElseThrow(() -> new NotFoundException(Messages.t("membership.payment.the")));
        access.checkScope(p.getMember());
        return render(p);
    }

    /** The signed-in member's own payments, newest first. */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional(readOnly = true)
    public List<PaymentView> mine() {
        return scopes.currentMemberId()
                .map(id -> payments.findByMemberIdOrderByPaidOnDescIdDesc(id).stream().map(PaymentService::view)
                        .toList())
                .orElse(List.of());
    }

    /** The receipt of one of the signed-in member's own payments; anyone else's is refused. */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional(readOnly = true)
    public Receipt myReceipt(long paymentId) {
        Payment p = payments.findForReceipt(paymentId).orElseThrow(() -> new NotFoundException(Messages.t("membership.payment.the")));
        Long me = scopes.currentMemberId().orElse(null);
        if (me == null || !me.equals(p.getMember().getId())) {
            throw new AccessDeniedException("This receipt belongs to someone else.");
        }
        return render(p);
    }

    /** The receipt in the language of the person downloading it; its day of issue is the society's. */
    private Receipt render(Payment p) {
        Locale language = Messages.current();
        String society = settings.current().societyName();
        MembershipTerm term = p.getTerm();
        String paidFor = term == null ? Messages.in(language, "membership.receipt.for.society", society)
                : Messages.in(language, "membership.receipt.for.term", term.getType().getName(),
                        SocietyClock.shortDate(term.getStartDate(), language),
                        SocietyClock.shortDate(term.getEndDate(), language));
        byte[] pdf = ReceiptPdf.render(new ReceiptPdf.Content(language, society, p.getReceiptNumber(),
                SocietyClock.shortDate(p.getCreatedAt().atZone(clock.zone()).toLocalDate(), language),
                p.getMember().getFullName(), p.getMember().getEmail(), p.getAmount(),
                p.getMethod() == PaymentMethod.WAIVED, p.getMethod().label(language), p.getReference(),
                SocietyClock.shortDate(p.getPaidOn(), language), paidFor));
        return new Receipt("receipt-" + p.getReceiptNumber() + ".pdf", pdf);
    }

    private static PaymentView view(Payment p) {
        MembershipTerm t = p.getTerm();
        return new PaymentView(p.getId(), p.getReceiptNumber(), p.getPaidOn(), p.getAmount(), p.getMethod(),
                p.getReference(), t == null ? null : t.getId(), t == null ? null : t.getType().getName(),
                t == null ? null : t.getStartDate(), t == null ? null : t.getEndDate(), p.getNote(),
                p.getCreatedAt(), p.getCreatedBy());
    }
}
