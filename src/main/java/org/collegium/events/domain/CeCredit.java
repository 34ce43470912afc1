package org.collegium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.collegium.base.domain.AuditedEntity;
import org.collegium.members.domain.Member;

/**
 * CE hours awarded for one attendance. At most one per registration; undoing the attendance withdraws it (the
 * row stays, so marking the attendance again restores the same certificate number).
 */
@Entity
@Table(name = "ce_credit")
public class CeCredit extends AuditedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;
    @Column(nullable = false)
    private BigDecimal hours;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeType ceType;
    private String certificateNumber;
    @Column(nullable = false)
    private LocalDate awardedOn;
    private boolean withdrawn;
    private String voidReason;

    protected CeCredit() {
    }

    public CeCredit(Registration registration, BigDecimal hours, CeType ceType, LocalDate awardedOn) {
        this.registration = registration;
        this.member = registration.getMember();
        this.hours = hours;
        this.ceType = ceType;
        this.awardedOn = awardedOn;
    }

    /** The number printed on the certificate, from the row's id: unique, and kept for good. */
    public void numberFrom(int year) {
        this.certificateNumber = "CE-%d-%06d".formatted(year, getId());
    }

    public void withdraw() {
        withdrawn = true;
    }

    /** Withdraws the award for good: the number stays on record, marked void with the reason. */
    public void voidFor(String reason) {
        withdrawn = true;
        voidReason = reason;
    }

    /** Whether the certificate was voided (never restored: its attendance no longer counts). */
    public boolean isVoid() {
        return voidReason != null;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void restore(LocalDate on) {
        if (isVoid()) {
            throw new IllegalStateException("A void certificate is not restored: " + certificateNumber);
        }
        withdrawn = false;
        awardedOn = on;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Member getMember() {
        return member;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public CeType getCeType() {
        return ceType;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
