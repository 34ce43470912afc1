package org.collegium.credentials.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.MemberCredential;
import org.collegium.credentials.domain.MemberCredentialRepository;
import org.collegium.credentials.domain.RequirementProgress;
import org.collegium.credentials.domain.RequirementProgress.Hours;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each credential's current cycle and progress (hours that count, hours missing, short or not) in step with
 * the ledger: for a member when their hours or credentials change (in that transaction), for everyone on a profile
 * when it changes, and nightly for cycles that ended. The hours come from one SQL aggregate per batch of members,
 * grouped by credential over ce_hours in each credential's own cycle; the rules are {@link RequirementProgress}'s.
 */
@Service
@OpenAccess(reason = "called by the ledger, the credentials services and the nightly job, inside their own security")
public class CredentialProgress {

    static final int BATCH = 500;

    private final MemberCredentialRepository credentials;
    private final SocietyClock clock;
    private final TransactionTemplate transactions;

    CredentialProgress(MemberCredentialRepository credentials, SocietyClock clock, TransactionTemplate transactions) {
        this.credentials = credentials;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshMember(long memberId) {
        refresh(credentials.findByMemberIdOrderById(memberId), List.of(memberId));
    }

    /** Every credential of the members, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshMembers(List<Long> memberIds) {
        if (!memberIds.isEmpty()) {
            refresh(credentials.findByMemberIdIn(memberIds), memberIds);
        }
    }

    /** The credentials on a profile that changed, in the caller's transaction, a batch of members at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshProfile(long profileId) {
        long after = 0;
        List<Long> batch;
        while (!(batch = credentials.findMembersOnProfile(profileId, after, PageRequest.of(0, BATCH))).isEmpty()) {
            refreshMembers(batch);
            after = batch.getLast();
        }
    }

    /** Every credential, in batches of members, each batch its own transaction (the nightly run). */
    public int refreshAll() {
        return inBatches(after -> credentials.findAllMembers(after, PageRequest.of(0, BATCH)));
    }

    private int inBatches(java.util.function.LongFunction<List<Long>> next) {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> batch = transactions.execute(tx -> {
                List<Long> ids = next.apply(from);
                refreshMembers(ids);
                return ids;
            });
            if (batch == null || batch.isEmpty()) {
                return done;
            }
            done += batch.size();
            after = batch.getLast();
        }
    }

    private void refresh(List<MemberCredential> held, Collection<Long> memberIds) {
        if (held.isEmpty()) {
            return;
        }
        LocalDate today = clock.today();
        for (MemberCredential c : held) {
            c.moveTo(c.cycleOn(today));
        }
        credentials.flush();
        Map<Long, List<Hours>> hours = new HashMap<>();
        for (MemberCredentialRepository.CycleHours row : credentials.sumCycleHours(memberIds)) {
            hours.computeIfAbsent(row.getCredentialId(), k -> new ArrayList<>()).add(new Hours(row.getHours(),
                    CeFormality.valueOf(row.getFormality()), CeDelivery.valueOf(row.getDelivery()),
                    topics(row.getTopics())));
        }
        for (MemberCredential c : held) {
            c.record(RequirementProgress.of(c.getProfile(), hours.getOrDefault(c.getId(), List.of())));
        }
    }

    static Set<CeTopic> topics(String joined) {
        Set<CeTopic> topics = EnumSet.noneOf(CeTopic.class);
        if (joined != null && !joined.isBlank()) {
            for (String t : joined.split(",")) {
                topics.add(CeTopic.valueOf(t.strip()));
            }
        }
        return topics;
    }
}
