package org.collegium.members.domain;

import java.util.List;

/** Likely duplicate members found by self-joins on indexed keys; implemented by {@link DuplicatePairsImpl}. */
public interface DuplicatePairs {

    /** Two members sharing a key: the one with the lower id first. */
    record IdPair(long first, long second) {
    }

    /**
     * Pairs of members sharing the rule's key, ordered by the first member's last and first name and then by ids
     * (the same order on every call), at most {@code limit}. A key shared by more than
     * {@link DuplicatePairsImpl#MAX_SHARING} members is a common name rather than one person, and is left out.
     * With an affiliate, only pairs whose two members both belong to it.
     */
    List<IdPair> pairsSharing(DuplicateRule rule, Long affiliateId, int limit);
}
