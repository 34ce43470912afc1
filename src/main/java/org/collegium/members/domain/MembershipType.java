package org.collegium.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.collegium.base.domain.AuditedEntity;

/** Clinical, Associate, Student…: what a membership costs, how long a term lasts, whether the board approves. */
@Entity
@Table(name = "membership_type")
public class MembershipType extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private BigDecimal dues;

    @Column(nullable = false)
    private int termMonths;

    @Column(nullable = false)
    private int graceDays;

    /** Days from a term's start to pay its dues; until then a term pending payment counts (V60, default 30). */
    private int paymentGraceDays = 30;

    @Column(nullable = false)
    private boolean approvalRequired;

    @Column(nullable = false)
    private boolean active = true;

    protected MembershipType() {
    }

    public MembershipType(String name, String description, BigDecimal dues, int termMonths, int graceDays,
            boolean approvalRequired, boolean active) {
        this.name = name;
        this.description = description;
        this.dues = dues;
        this.termMonths = termMonths;
        this.graceDays = graceDays;
        this.approvalRequired = approvalRequired;
        this.active = active;
    }

    public void update(String name, String description, BigDecimal dues, int termMonths, int graceDays,
            boolean approvalRequired, boolean active) {
        this.name = name;
        this.description = description;
        this.dues = dues;
        this.termMonths = termMonths;
        this.graceDays = graceDays;
        this.approvalRequired = approvalRequired;
        this.active = active;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getDues() {
        return dues;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public int getPaymentGraceDays() {
        return paymentGraceDays;
    }

    public void setPaymentGraceDays(int paymentGraceDays) {
        this.paymentGraceDays = paymentGraceDays;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public boolean isActive() {
        return active;
    }
}
