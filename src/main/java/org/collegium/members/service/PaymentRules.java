package org.collegium.members.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.PaymentRecords.PaymentForm;

/** Field rules of a recorded payment, with the message a person reads for each. */
final class PaymentRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");
    static final int MAX_REFERENCE = 100;
    static final int MAX_NOTE = 500;

    private PaymentRules() {
    }

    /** Checks a payment as of the society's today (a payment cannot be dated after it). */
    static FieldErrors check(PaymentForm f, LocalDate today) {
        FieldErrors errors = new FieldErrors()
                .maxLength("reference", f.reference(), Messages.t("membership.payment.field.reference"), MAX_REFERENCE)
                .maxLength("note", f.note(), Messages.t("membership.payment.field.note"), MAX_NOTE);
        if (f.method() == null) {
            errors.add("method", Messages.t("membership.payment.error.method"));
        }
        BigDecimal amount = f.amount();
        errors.money("amount", amount, Messages.t("membership.payment.field.amount"));
        if (amount == null) {
            errors.add("amount", Messages.t("membership.payment.error.amount-required"));
        } else if (amount.signum() < 0) {
            errors.add("amount", Messages.t("membership.payment.error.amount-negative"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add("amount", Messages.t("membership.payment.error.amount-cents"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add("amount", Messages.t("membership.payment.error.amount-max", Formats.money(MAX_AMOUNT)));
        } else if (amount.signum() == 0 && f.method() != PaymentMethod.WAIVED) {
            errors.add("amount", Messages.t("membership.payment.error.amount-zero", Formats.money(BigDecimal.ZERO),
                    PaymentMethod.WAIVED.label()));
        }
        errors.date("paidOn", f.paidOn(), Messages.t("membership.payment.field.paid-on"));
        if (f.paidOn() == null) {
            errors.add("paidOn", Messages.t("membership.payment.error.paid-on-required"));
        } else if (f.paidOn().isAfter(today)) {
            errors.add("paidOn", Messages.t("membership.payment.error.paid-on-future"));
        }
        return errors;
    }
}
