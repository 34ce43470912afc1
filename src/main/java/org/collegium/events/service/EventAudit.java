package org.collegium.events.service;

import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.events.domain.CeCredit;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organisers do to people's places, in the audit log with before and after: attendance marks, cancellations
 * made for someone, and the CE credits awarded and withdrawn with them. Events themselves and their sessions are
 * audited by {@link EventService}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EventAudit {

    static final String REGISTRATION = "Registration";
    static final String CE_CREDIT = "CeCredit";

    private final AuditLog auditLog;

    EventAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void attendance(Registration r, RegistrationStatus before) {
        auditLog.record("ATTENDANCE_MARKED", REGISTRATION, r.getId(), place(r) + ": " + r.getStatus().label(),
                new Changes().track("status", before, r.getStatus()));
    }

    void cancelledForThem(Registration r, RegistrationStatus before) {
        auditLog.record("REGISTRATION_CANCELLED_BY_ORGANISER", REGISTRATION, r.getId(), place(r) + " cancelled",
                new Changes().track("status", before, r.getStatus()));
    }

    void awarded(CeCredit credit, boolean restored) {
        auditLog.record(restored ? "CE_RESTORED" : "CE_AWARDED", CE_CREDIT, credit.getId(),
                credit.getCertificateNumber() + ": " + place(credit.getRegistration()),
                new Changes().track("hours", null, hours(credit)).track("type", null, credit.getCeType())
                        .track("withdrawn", restored ? true : null, false));
    }

    void withdrawn(CeCredit credit) {
        auditLog.record("CE_WITHDRAWN", CE_CREDIT, credit.getId(),
                credit.getCertificateNumber() + ": " + place(credit.getRegistration()),
                new Changes().track("withdrawn", false, true).track("hours", hours(credit), null));
    }

    private static String hours(CeCredit credit) {
        return credit.getHours().stripTrailingZeros().toPlainString();
    }

    private static String place(Registration r) {
        return r.fullName() + " at " + r.getEvent().getTitle()
                + (r.getSession() == null ? "" : " (" + r.getSession().getTitle() + ")");
    }
}
