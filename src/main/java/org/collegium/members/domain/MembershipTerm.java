package org.collegium.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.collegium.base.domain.AuditedEntity;

/** One paid or granted period of one member on one type. History: terms are added, never overwritten. */
@Entity
@Table(name = "membership_term")
public class MembershipTerm extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_type_id")
    private MembershipType type;

    @Column(nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int graceDays;

    @Column(nullable = false)
    private BigDecimal duesCharged;

    /** The last day to pay this term's dues; null when nothing is owed. */
    private LocalDate payBy;

    /** The day a payment or waiver settled the dues; null while they are owed. */
    private LocalDate settledOn;

    /** Granted at once (a type that needs no approval): no board decision stands behind it (V81). */
    private boolean grantedAtOnce;

    /** When the one reminder of the dues owed was queued. */
    private java.time.Instant duesRemindedAt;

    protected MembershipTerm() {
    }

    MembershipTerm(Member member, MembershipType type, TermPeriod period, BigDecimal duesCharged,
            boolean grantedAtOnce) {
        this.grantedAtOnce = grantedAtOnce;
        this.member = member;
        this.type = type;
        this.startDate = period.start();
        this.endDate = period.end();
        this.graceDays = period.graceDays();
        this.duesCharged = duesCharged;
        this.payBy = period.payBy();
    }

    public TermPeriod period() {
        return new TermPeriod(startDate, endDate, graceDays, payBy, settledOn);
    }

    /** Dues owed and not yet paid or waived. */
    public boolean isPending() {
        return period().pending();
    }

    /** Records that a payment or waiver dated that day settled the dues (once: a later payment changes nothing). */
    public void settle(LocalDate on) {
        if (isPending()) {
            settledOn = on;
        }
    }

    /** Whether the board approved or recorded it. */
    public boolean isGrantedAtOnce() {
        return grantedAtOnce;
    }

    /** Whether it speaks for the member to the society: the board approved or recorded it, or its dues are paid. */
    public boolean isApprovedOrPaid() {
        return !grantedAtOnce || settledOn != null;
    }

    public LocalDate getPayBy() {
        return payBy;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public Member getMember() {
        return member;
    }

    public MembershipType getType() {
        return type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getDuesCharged() {
        return duesCharged;
    }
}
