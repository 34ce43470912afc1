package org.collegium.credentials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import org.collegium.base.domain.AuditedEntity;

/**
 * A credential a member holds (a licence, a certification) under a requirement profile: its number, the dates its
 * cycles are counted from, and its current cycle with the progress in it (refreshed from the ledger, so reports
 * read it without recounting).
 */
@Entity
@Table(name = "member_credential")
public class MemberCredential extends AuditedEntity {

    @Column(nullable = false)
    private long memberId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "profile_id")
    private RequirementProfile profile;

    private String number;

    private LocalDate issuedOn;

    private Integer birthMonth;

    @Column(nullable = false)
    private LocalDate cycleStart;

    @Column(nullable = false)
    private LocalDate cycleEnd;

    @Column(nullable = false)
    private BigDecimal countedHours = BigDecimal.ZERO;

    @Column(nullable = false)
    private BigDecimal missingHours = BigDecimal.ZERO;

    @Column(name = "is_short", nullable = false)
    private boolean isShort;

    protected MemberCredential() {
    }

    public MemberCredential(long memberId, RequirementProfile profile) {
        this.memberId = memberId;
        this.profile = profile;
    }

    public void describe(String number, LocalDate issuedOn, Month birthMonth) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.birthMonth = birthMonth == null ? null : birthMonth.getValue();
    }

    /** The cycle containing {@code day}. */
    public Cycle cycleOn(LocalDate day) {
        return Cycle.of(profile, issuedOn, getBirthMonth(), day);
    }

    /** Moves to a cycle (the one containing today). */
    public void moveTo(Cycle cycle) {
        this.cycleStart = cycle.start();
        this.cycleEnd = cycle.end();
    }

    /** Records the progress in the current cycle. */
    public void record(RequirementProgress progress) {
        this.countedHours = progress.counted();
        this.missingHours = progress.missing();
        this.isShort = progress.isShort();
    }

    public long getMemberId() {
        return memberId;
    }

    public RequirementProfile getProfile() {
        return profile;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Month getBirthMonth() {
        return birthMonth == null ? null : Month.of(birthMonth);
    }

    public Cycle getCycle() {
        return new Cycle(cycleStart, cycleEnd);
    }

    public BigDecimal getCountedHours() {
        return countedHours;
    }

    public BigDecimal getMissingHours() {
        return missingHours;
    }

    public boolean isShort() {
        return isShort;
    }
}
