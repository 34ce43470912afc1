package org.collegium.externalce.service;

import java.util.EnumSet;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.service.CeEntry;
import org.collegium.externalce.domain.ExternalCe;
import org.collegium.externalce.domain.SupervisionLog;
import org.collegium.externalce.domain.SupervisionRole;

/** This feature's rows in the CE ledger: a verified external CE record as it is, a supervision log as INFORMAL. */
final class LedgerEntries {

    private LedgerEntries() {
    }

    static CeEntry of(ExternalCe r) {
        return new CeEntry(r.getMemberId(), CeSource.EXTERNAL, r.getId(), r.getEarnedOn(), r.getHours(),
                r.getFormality(), r.getDelivery(), r.getTopics(), r.getTitle(), r.getProvider());
    }

    /**
     * Topic SUPERVISION (and GROUP_PSYCHOTHERAPY for supervision of group work); the supervisor as the provider; as
     * title the member's part, a neutral word the ledger's readers render ({@link CeSource#title}).
     */
    static CeEntry of(SupervisionLog log) {
        EnumSet<CeTopic> topics = EnumSet.of(CeTopic.SUPERVISION);
        if (log.isGroupFocus()) {
            topics.add(CeTopic.GROUP_PSYCHOTHERAPY);
        }
        // no words stored: the member's part, which readers see in their own language (CeSource.title)
        String title = log.getMemberRole() == SupervisionRole.SUPERVISOR ? CeSource.SUPERVISOR : CeSource.SUPERVISEE;
        String provider = log.getSupervisorName() == null ? null
                : log.getSupervisorName() + (log.getSupervisorCredential() == null ? ""
                        : ", " + log.getSupervisorCredential());
        return new CeEntry(log.getMemberId(), CeSource.SUPERVISION, log.getId(), log.getHeldOn(), log.getHours(),
                CeFormality.INFORMAL, log.getDelivery(), topics, title, provider);
    }
}
