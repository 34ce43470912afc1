package org.collegium.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.collegium.base.domain.AuditedEntity;

/**
 * A payment a member made (dues, usually against one of their terms), recorded by the board with the receipt
 * number it was given. Nothing is charged here: the money was taken by check, cash, transfer or a card
 * terminal elsewhere, or the dues were waived.
 */
@Entity
@Table(name = "payment")
public class Payment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "membership_term_id")
    private MembershipTerm term;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;

    private String reference;

    @Column(nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false, updatable = false)
    private String receiptNumber;

    private String note;

    protected Payment() {
    }

    public Payment(Member member, MembershipTerm term, BigDecimal amount, PaymentMethod method, String reference,
            LocalDate paidOn, String receiptNumber, String note) {
        if (term != null && term.getMember() != member) {
            throw new IllegalArgumentException("A payment is made against one of the member's own terms");
        }
        this.member = member;
        this.term = term;
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.paidOn = paidOn;
        this.receiptNumber = receiptNumber;
        this.note = note;
    }

    public Member getMember() {
        return member;
    }

    public MembershipTerm getTerm() {
        return term;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getNote() {
        return note;
    }
}
