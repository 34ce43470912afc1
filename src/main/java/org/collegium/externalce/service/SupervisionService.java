package org.collegium.externalce.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.service.CeLedger;
import org.collegium.externalce.domain.SupervisionLog;
import org.collegium.externalce.domain.SupervisionLogRepository;
import org.collegium.externalce.domain.SupervisionRole;
import org.collegium.externalce.service.ExternalCeRecords.SupervisionForm;
import org.collegium.externalce.service.ExternalCeRecords.SupervisionLine;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision hours a member logs: received (from a supervisor named with their credential) or given. The member
 * attests them, as for peer-group hours, so they count as soon as they are logged: each log is one CE ledger row
 * (source SUPERVISION, topic SUPERVISION, and GROUP_PSYCHOTHERAPY when the supervision was of group work; always
 * INFORMAL, since supervision is not an approved course), corrected when the log is edited and withdrawn when it is
 * deleted. The same day rules as external CE: no more than 24 hours in one day across the member's records.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_MEMBER)
public class SupervisionService {

    static final String TYPE = "SupervisionLog";

    private final SupervisionLogRepository logs;
    private final ExternalCeAccess access;
    private final SocietyClock clock;
    private final CeLedger ledger;
    private final AuditLog audit;

    SupervisionService(SupervisionLogRepository logs, ExternalCeAccess access, SocietyClock clock, CeLedger ledger,
            AuditLog audit) {
        this.logs = logs;
        this.access = access;
        this.clock = clock;
        this.ledger = ledger;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SupervisionLine> mine(int offset, int limit) {
        int size = Math.max(1, limit);
        return logs.findByMemberIdOrderByHeldOnDescIdDesc(access.currentMemberId(), PageRequest.of(offset / size, size))
                .stream().map(ExternalCeAccess::line).toList();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return logs.countByMemberId(access.currentMemberId());
    }

    @Transactional(readOnly = true)
    public SupervisionLine get(long supervisionId) {
        return ExternalCeAccess.line(access.myLog(supervisionId));
    }

    public long create(SupervisionForm form) {
        SupervisionLog log = new SupervisionLog(access.currentMemberId());
        apply(form, log);
        logs.saveAndFlush(log);
        ledger.record(LedgerEntries.of(log));
        audit.record("SUPERVISION_LOGGED", TYPE, log.getId(), summary(log), new Changes().compare(null, formOf(log)));
        return log.getId();
    }

    public void update(long supervisionId, SupervisionForm form) {
        SupervisionLog log = access.myLog(supervisionId);
        ConcurrentEditException.check(log.getVersion(), form.version(), Messages.t("externalce.supervision.the-log"));
        SupervisionForm before = formOf(log);
        apply(form, log);
        logs.saveAndFlush(log);
        ledger.record(LedgerEntries.of(log));
        Changes changes = new Changes().compare(before, formOf(log));
        if (!changes.isEmpty()) {
            audit.record("SUPERVISION_CHANGED", TYPE, log.getId(), summary(log), changes);
        }
    }

    /** Deletes the log; its hours no longer count. */
    public void delete(long supervisionId, long version) {
        SupervisionLog log = access.myLog(supervisionId);
        ConcurrentEditException.check(log.getVersion(), version, Messages.t("externalce.supervision.the-log"));
        ledger.withdraw(CeSource.SUPERVISION, log.getId());
        logs.delete(log);
        logs.flush();
        audit.record("SUPERVISION_DELETED", TYPE, supervisionId, summary(log),
                new Changes().compare(formOf(log), SupervisionForm.blank()));
    }

    private void apply(SupervisionForm f, SupervisionLog log) {
        CeInputRules r = new CeInputRules();
        var day = r.date("heldOn", f.heldOn(), clock.today());
        BigDecimal hours = r.hours("hours", f.hours());
        r.required("role", f.role());
        r.required("delivery", f.delivery());
        boolean supervised = f.role() != SupervisionRole.SUPERVISOR;
        String name = r.text("supervisorName", f.supervisorName(), supervised, 200);
        String credential = r.text("supervisorCredential", f.supervisorCredential(), supervised, 100);
        String notes = r.text("notes", f.notes(), false, 1000);
        r.dayTotal("hours", hours, access.hoursOn(log.getMemberId(), day, 0, log.getId() == null ? 0 : log.getId()),
                day);
        r.throwIfAny();
        log.describe(day, hours.setScale(2, RoundingMode.UNNECESSARY), f.role(), supervised ? name : null,
                supervised ? credential : null, f.delivery(), f.groupFocus(), notes);
    }

    static SupervisionForm formOf(SupervisionLog l) {
        return new SupervisionForm(l.getHeldOn(), l.getHours(), l.getMemberRole(), l.getSupervisorName(),
                l.getSupervisorCredential(), l.getDelivery(), l.isGroupFocus(), l.getNotes(), l.getVersion());
    }

    /**
     * The audit entry's summary, which is stored and read by people in either language: data only (the supervisor's
     * name, the day, the hours); the action ("Supervision logged") and the role field say the rest in the reader's
     * language.
     */
    static String summary(SupervisionLog l) {
        String when = l.getHeldOn() + ", " + l.getHours().toPlainString() + " h";
        return l.getMemberRole() == SupervisionRole.SUPERVISOR || l.getSupervisorName() == null ? when
                : l.getSupervisorName() + " (" + when + ")";
    }
}
