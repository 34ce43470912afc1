package org.collegium.credentials.service;

import java.time.LocalDate;
import java.util.List;
import org.collegium.base.service.OpenAccess;
import org.collegium.credentials.domain.CeHours;
import org.collegium.credentials.domain.CeHoursRepository;
import org.collegium.credentials.domain.CeSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place CE hours that count are written: every source (events' attendance, verified external CE,
 * supervision logs, peer-group attendance) records and withdraws its rows here, inside its own transaction, so
 * the ledger agrees with its sources at every commit, and so do the member's credentials' progress figures
 * ({@link CredentialProgress}). Requirement progress and reports read only the ledger.
 */
@Service
@OpenAccess(reason = "written by other features' services, inside their own method security")
public class CeLedger {

    private final CeHoursRepository hours;
    private final CredentialProgress progress;

    @Autowired
    public CeLedger(CeHoursRepository hours, CredentialProgress progress) {
        this.hours = hours;
        this.progress = progress;
    }

    /** Records the hours, or corrects them when the source row was recorded before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CeEntry entry) {
        CeHours row = hours.findBySourceAndSourceRef(entry.source(), entry.sourceRef())
                .orElseGet(() -> new CeHours(entry.memberId(), entry.source(), entry.sourceRef()));
        if (row.getMemberId() != entry.memberId()) {
            throw new IllegalArgumentException("Ledger row %s/%d belongs to another member"
                    .formatted(entry.source(), entry.sourceRef()));
        }
        row.describe(entry.earnedOn(), entry.hours(), entry.formality(), entry.delivery(), entry.topics(),
                entry.title(), entry.provider());
        hours.save(row);
        progress.refreshMember(entry.memberId());
    }

    /** The source row no longer counts (attendance undone, a record declined or deleted). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(CeSource source, long sourceRef) {
        hours.findBySourceAndSourceRef(source, sourceRef).ifPresent(row -> {
            hours.delete(row);
            hours.flush();
            progress.refreshMember(row.getMemberId());
        });
    }

    /** A member's hours earned in [from, to], oldest first. Callers check who may see them. */
    @Transactional(readOnly = true)
    public List<CeEntry> earned(long memberId, LocalDate from, LocalDate to) {
        return hours.findEarned(memberId, from, to).stream().map(CeEntry::of).toList();
    }
}
