package org.collegium.members.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Counts each key's members in the key's index, keeps the keys shared by two to {@link #MAX_SHARING} members, and
 * joins those members with each other through the same index: the work grows with the number of likely pairs,
 * not with the square of the members.
 */
class DuplicatePairsImpl implements DuplicatePairs {

    /** More members than this under one key is a common name in a state, not one person entered twice. */
    static final int MAX_SHARING = 5;

    // split_materialized off: with it MariaDB prepares the grouped keys for a per-row ("lateral") use, grouping
    // 100,000 keys in a temporary table instead of reading them in index order (measured: 1 s instead of 50 ms)
    private static final String PAIRS = """
            SET STATEMENT optimizer_switch = 'split_materialized=off' FOR
            select a.id, b.id
            from (select %1$s k from member where %1$s is not null
                  group by %1$s having count(*) between 2 and %2$d) shared
            join member a on a.%1$s = shared.k
            join member b on b.%1$s = shared.k and b.id > a.id
            %3$s
            order by a.last_name, a.first_name, a.id, b.id
            limit %4$d""";
    private static final String IN_AFFILIATE = "where a.affiliate_id = :affiliate and b.affiliate_id = :affiliate";

    @PersistenceContext
    private EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<IdPair> pairsSharing(DuplicateRule rule, Long affiliateId, int limit) {
        // the column is the rule's constant and the numbers are ints: nothing from outside goes into the text
        String sql = PAIRS.formatted(rule.keyColumn(), MAX_SHARING, affiliateId == null ? "" : IN_AFFILIATE,
                Math.max(0, limit));
        Query query = em.createNativeQuery(sql);
        if (affiliateId != null) {
            query.setParameter("affiliate", affiliateId);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new IdPair(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }
}
