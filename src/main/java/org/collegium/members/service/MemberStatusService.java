package org.collegium.members.service;

import org.collegium.base.service.OpenAccess;
import java.time.LocalDate;
import java.util.List;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.MemberRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each member's stored status true as days pass (terms end, grace runs out, resignations take effect).
 * Changes through the member service recompute at once; this catches what time alone changes.
 */
@Service
public class MemberStatusService {

    private static final int BATCH = 500;

    private final MemberRepository members;
    private final TransactionTemplate transactions;
    private final SocietyClock clock;

    public MemberStatusService(MemberRepository members, TransactionTemplate transactions, SocietyClock clock) {
        this.members = members;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Recomputes every member whose status may have moved; returns how many changed. */
    @OpenAccess(reason = "scheduled job (nightly)")
    public int recomputeDue() {
        LocalDate today = clock.today();
        List<Long> ids = members.findIdsToRecompute(today);
        int changed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Integer n = transactions.execute(tx -> (int) members.findAllById(batch).stream()
                    .filter(m -> m.recomputeStatus(today)).count());
            changed += n == null ? 0 : n;
        }
        return changed;
    }
}
