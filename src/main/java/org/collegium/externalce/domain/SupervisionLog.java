package org.collegium.externalce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.collegium.base.domain.AuditedEntity;
import org.collegium.credentials.domain.CeDelivery;

/**
 * Supervision hours a member logs: received from a named supervisor (with their credential) or given. They count
 * (are in the CE ledger, source SUPERVISION) from the moment they are logged, as the member attests them.
 */
@Entity
@Table(name = "supervision_log")
public class SupervisionLog extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long memberId;
    @Column(nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private BigDecimal hours;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupervisionRole memberRole;
    private String supervisorName;
    private String supervisorCredential;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeDelivery delivery;
    private boolean groupFocus;
    private String notes;

    protected SupervisionLog() {
    }

    public SupervisionLog(long memberId) {
        this.memberId = memberId;
    }

    public void describe(LocalDate heldOn, BigDecimal hours, SupervisionRole memberRole, String supervisorName,
            String supervisorCredential, CeDelivery delivery, boolean groupFocus, String notes) {
        this.heldOn = heldOn;
        this.hours = hours;
        this.memberRole = memberRole;
        this.supervisorName = supervisorName;
        this.supervisorCredential = supervisorCredential;
        this.delivery = delivery;
        this.groupFocus = groupFocus;
        this.notes = notes;
    }

    public long getMemberId() { return memberId; }
    public LocalDate getHeldOn() { return heldOn; }
    public BigDecimal getHours() { return hours; }
    public SupervisionRole getMemberRole() { return memberRole; }
    public String getSupervisorName() { return supervisorName; }
    public String getSupervisorCredential() { return supervisorCredential; }
    public CeDelivery getDelivery() { return delivery; }
    public boolean isGroupFocus() { return groupFocus; }
    public String getNotes() { return notes; }
}
