package org.collegium.members.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.DuplicatePairs.IdPair;
import org.collegium.members.domain.DuplicateRule;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberMergeRepository;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicate members, found in the database by self-joins on indexed keys ({@link DuplicateRule}), and
 * merging a duplicate into the record that stays: its terms, payments, requests and login move over, empty fields
 * are filled from it, and it is removed. Audited.
 */
@Service
@Transactional
@PreAuthorize(Access.RECORD_EDITORS)
public class DuplicateService {

    public record DuplicatePair(MemberSummary first, MemberSummary second, String reason) {
    }

    /** The most pairs one scan lists: more than anyone looks through before merging some. */
    public static final int MAX_PAIRS = 500;

    private final MemberMergeRepository merges;
    private final MemberRepository members;
    private final MemberAccess access;
    private final AuditLog auditLog;
    private final SocietyClock clock;
    private final EntityManager entityManager;
    private final List<MemberMergeStep> otherSteps;

    public DuplicateService(MemberMergeRepository merges, MemberRepository members, MemberAccess access,
            AuditLog auditLog, SocietyClock clock, EntityManager entityManager, List<MemberMergeStep> otherSteps) {
        this.entityManager = entityManager;
        this.otherSteps = List.copyOf(otherSteps);
        this.merges = merges;
        this.members = members;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Pairs to look at, at most {@link #MAX_PAIRS}: strongest reason first, then by the first member's name (the
     * same order on every call). A pair two rules find is listed once, under the stronger. An affiliate
     * administrator sees only pairs of their own members.
     */
    @Transactional(readOnly = true)
    public List<DuplicatePair> findPairs() {
        Long scope = access.affiliateScope();
        Map<IdPair, DuplicateRule> found = new LinkedHashMap<>();
        for (DuplicateRule rule : DuplicateRule.values()) {
            for (IdPair pair : merges.pairsSharing(rule, scope, MAX_PAIRS)) {
                if (found.size() == MAX_PAIRS) {
                    break;
                }
                found.putIfAbsent(pair, rule);
            }
        }
        Set<Long> ids = new HashSet<>();
        found.keySet().forEach(p -> {
            ids.add(p.first());
            ids.add(p.second());
        });
        Map<Long, MemberSummary> summaries = new HashMap<>();
        if (!ids.isEmpty()) {
            merges.findForPairs(ids).forEach(m -> summaries.put(m.getId(), MemberService.summary(m)));
        }
        List<DuplicatePair> pairs = new ArrayList<>(found.size());
        found.forEach((pair, rule) -> {
            MemberSummary first = summaries.get(pair.first());
            MemberSummary second = summaries.get(pair.second());
            if (first != null && second != null) {
                pairs.add(new DuplicatePair(first, second, rule.label()));
            }
        });
        return List.copyOf(pairs);
    }

    /** Moves everything of the duplicate to the survivor and removes the duplicate. */
    public MemberRecords.MemberDetails merge(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw new BusinessRuleException(Messages.t("members.duplicates.same"));
        }
        Member survivor = access.loadScoped(survivorId);
        Member duplicate = access.loadScoped(duplicateId);
        Changes filled = fillEmptyFields(survivor, duplicate);
        int terms = merges.moveTerms(duplicateId, survivorId);
        int payments = merges.movePayments(duplicateId, survivorId);
        merges.moveApplications(duplicateId, survivorId);
        merges.dropReminders(duplicateId);
        merges.moveLogins(duplicateId, survivorId);
        StringBuilder moved = new StringBuilder(terms + " terms, " + payments + " payments");
        for (MemberMergeStep step : otherSteps) {
            String what = step.move(duplicateId, survivorId);
            if (!what.isEmpty()) {
                moved.append(", ").append(what);
            }
        }
        String duplicateName = duplicate.getFullName() + " <" + duplicate.getEmail() + ">";
        // the moves ran in SQL: start from what the database now holds
        entityManager.flush();
        entityManager.clear();
        merges.deleteMember(duplicateId);
        Member reloaded = members.findWithTerms(survivorId).orElseThrow();
        reloaded.recomputeStatus(clock.today());
        members.flush();
        auditLog.record("MEMBERS_MERGED", "Member", survivorId, "Merged " + duplicateName + " (#" + duplicateId
                + ") into this record: " + moved + " moved",
                filled.track("mergedFrom", null, "#" + duplicateId));
        return MemberService.details(reloaded);
    }

    /** The survivor keeps its own values; only its empty fields are taken from the duplicate. */
    private static Changes fillEmptyFields(Member s, Member d) {
        Changes changes = new Changes();
        String phone = pick(s.getPhone(), d.getPhone(), "phone", changes);
        String credentials = pick(s.getCredentials(), d.getCredentials(), "credentials", changes);
        String licenceState = pick(s.getLicenceState(), d.getLicenceState(), "licenceState", changes);
        String licenceNumber = pick(s.getLicenceNumber(), d.getLicenceNumber(), "licenceNumber", changes);
        String practice = pick(s.getPracticeName(), d.getPracticeName(), "practiceName", changes);
        String city = pick(s.getCity(), d.getCity(), "city", changes);
        String state = pick(s.getState(), d.getState(), "state", changes);
        String postal = pick(s.getPostalCode(), d.getPostalCode(), "postalCode", changes);
        s.updateProfile(s.getFirstName(), s.getLastName(), s.getEmail(), phone, credentials, s.getDiscipline(),
                licenceState, licenceNumber, practice, city, state, postal, s.getCountry(),
                s.isDirectoryOptIn() || d.isDirectoryOptIn(), s.isShowEmailInDirectory());
        if (s.getAffiliate() == null && d.getAffiliate() != null) {
            s.setAffiliate(d.getAffiliate());
            changes.track("affiliate", null, d.getAffiliate().getShortName());
        }
        if (d.getNotes() != null) {
            s.setNotes(Objects.toString(s.getNotes(), "") + (s.getNotes() == null ? "" : "\n") + d.getNotes());
        }
        return changes;
    }

    private static String pick(String own, String other, String field, Changes changes) {
        if ((own == null || own.isBlank()) && other != null && !other.isBlank()) {
            changes.track(field, own, other);
            return other;
        }
        return own;
    }
}
