package org.collegium.members.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.collegium.members.domain.PaymentMethod;

/** What the payment screens send and receive. */
public final class PaymentRecords {

    private PaymentRecords() {
    }

    /** A payment to record; termId is one of the member's terms, or null when it is not for a term. */
    public record PaymentForm(BigDecimal amount, PaymentMethod method, String reference, LocalDate paidOn,
            Long termId, String note) {
    }

    /** A recorded payment; the term fields are null when it was not made against a term. */
    public record PaymentView(long id, String receiptNumber, LocalDate paidOn, BigDecimal amount,
            PaymentMethod method, String reference, Long termId, String termTypeName, LocalDate termStart,
            LocalDate termEnd, String note, Instant recordedAt, String recordedBy) {
    }

    /** A receipt as a PDF file. */
    public record Receipt(String fileName, byte[] pdf) {
    }
}
