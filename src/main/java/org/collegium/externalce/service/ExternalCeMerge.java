package org.collegium.externalce.service;

import java.util.ArrayList;
import java.util.List;
import org.collegium.credentials.service.CeEntry;
import org.collegium.credentials.service.CeLedger;
import org.collegium.externalce.domain.ExternalCeRepository;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.collegium.externalce.domain.SupervisionLogRepository;
import org.collegium.members.service.MemberMergeStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two members: the duplicate's external CE records and supervision logs go to the survivor, and so do their
 * rows in the CE ledger (withdrawn for the duplicate and recorded for the survivor).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY) // a step of the member merge's transaction
class ExternalCeMerge implements MemberMergeStep {

    private final ExternalCeRepository records;
    private final SupervisionLogRepository logs;
    private final CeLedger ledger;

    ExternalCeMerge(ExternalCeRepository records, SupervisionLogRepository logs, CeLedger ledger) {
        this.records = records;
        this.logs = logs;
        this.ledger = ledger;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        List<CeEntry> entries = new ArrayList<>();
        records.findByMemberId(duplicateId).stream().filter(r -> r.getStatus() == ExternalCeStatus.VERIFIED)
                .map(LedgerEntries::of).forEach(entries::add);
        logs.findByMemberId(duplicateId).stream().map(LedgerEntries::of).forEach(entries::add);
        entries.forEach(e -> ledger.withdraw(e.source(), e.sourceRef()));
        int moved = records.moveMember(duplicateId, survivorId);
        int movedLogs = logs.moveMember(duplicateId, survivorId);
        entries.forEach(e -> ledger.record(new CeEntry(survivorId, e.source(), e.sourceRef(), e.earnedOn(), e.hours(),
                e.formality(), e.delivery(), e.topics(), e.title(), e.provider())));
        return (moved == 0 ? "" : moved + " external CE records")
                + (moved > 0 && movedLogs > 0 ? ", " : "") + (movedLogs == 0 ? "" : movedLogs + " supervision logs");
    }
}
