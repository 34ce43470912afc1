package org.collegium.members.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.collegium.base.service.FieldErrors;
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
                .maxLength("reference", f.reference(), "The reference", MAX_REFERENCE)
                .maxLength("note", f.note(), "The note", MAX_NOTE);
        if (f.method() == null) {
            errors.add("method", "Choose how it was paid.");
        }
        BigDecimal amount = f.amount();
        errors.money("amount", amount, "The amount");
        if (amount == null) {
            errors.add("amount", "The amount is required.");
        } else if (amount.signum() < 0) {
            errors.add("amount", "The amount cannot be negative.");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add("amount", "The amount is in dollars and cents: at most 2 decimals.");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add("amount", "The amount may be at most $100,000.00.");
        } else if (amount.signum() == 0 && f.method() != PaymentMethod.WAIVED) {
            errors.add("amount", "The amount must be more than $0.00; record dues that were not paid as Waived.");
        }
        errors.date("paidOn", f.paidOn(), "The payment date");
        if (f.paidOn() == null) {
            errors.add("paidOn", "The payment date is required.");
        } else if (f.paidOn().isAfter(today)) {
            errors.add("paidOn", "The payment date cannot be in the future.");
        }
        return errors;
    }
}
