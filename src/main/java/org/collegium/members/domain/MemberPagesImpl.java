package org.collegium.members.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.collegium.base.domain.SearchText;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * A deferred join: first the ids of the page, filtered, sorted and skipped over in an index alone (the list's
 * indexes hold the filter and sort columns, and InnoDB keeps the id in every index), then those members by id.
 * Reading page 600 this way skips 30,000 index entries instead of 30,000 rows.
 *
 * <p>A search is read as a union of its branches ({@link MemberSearch#branches()}), each along its own index and
 * limited to the end of the page, and then ordered once (V165 has the indexes): an OR of the branches made MariaDB
 * merge every match of every branch and sort them all.
 */
class MemberPagesImpl implements MemberPages {

    /** The list's sort properties and their columns; anything else is refused rather than put into SQL. */
    private static final Map<String, String> SORT_COLUMNS = sortColumns();

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Member> findPage(Specification<Member> spec, Pageable page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Member> root = query.from(Member.class);
        Predicate where = spec.toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(page.getSort(), root, cb));
        TypedQuery<Long> ids = em.createQuery(query);
        if (page.isPaged()) {
            ids.setFirstResult(Math.toIntExact(page.getOffset())).setMaxResults(page.getPageSize());
        }
        return inOrder(ids.getResultList());
    }

    @Override
    public List<Member> findSearchPage(MemberSearch search, Pageable page) {
        if (!search.searching() || !page.isPaged()) {
            throw new IllegalArgumentException("a page of a search");
        }
        List<String> columns = new ArrayList<>();
        StringJoiner order = new StringJoiner(", ");
        for (Sort.Order o : page.getSort()) {
            String column = SORT_COLUMNS.get(o.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("no such order: " + o.getProperty());
            }
            if (!columns.contains(column)) {
                columns.add(column);
                order.add(column + (o.isAscending() ? " asc" : " desc"));
            }
        }
        if (!columns.contains("id")) { // equal keys never swap between pages
            columns.add("id");
            order.add("id asc");
        }
        long end = page.getOffset() + page.getPageSize();
        Map<String, Object> params = new HashMap<>();
        String union = union(search, params, "select " + String.join(", ", columns),
                " order by " + order + " limit " + end);
        Query query = em.createNativeQuery("select u.id from (" + union + ") u order by " + order
                + " limit " + page.getPageSize() + " offset " + page.getOffset());
        params.forEach(query::setParameter);
        List<?> ids = query.getResultList();
        return inOrder(ids.stream().map(id -> ((Number) id).longValue()).toList());
    }

    @Override
    public long countSearchUpTo(MemberSearch search, int cap) {
        if (!search.searching()) {
            throw new IllegalArgumentException("a count of a search");
        }
        Map<String, Object> params = new HashMap<>();
        // each branch stops past the cap: if one does, the union is past it too; if none does, it is exact
        String union = union(search, params, "select id", " limit " + (cap + 1));
        Query query = em.createNativeQuery("select count(*) from (" + union + ") u");
        params.forEach(query::setParameter);
        Number counted = (Number) query.getSingleResult();
        return Math.min(counted.longValue(), cap + 1L);
    }

    /**
     * The search's branches as "(select … from member where branch and filters tail) union …", their parameters
     * put into params.
     */
    private static String union(MemberSearch search, Map<String, Object> params, String select, String tail) {
        String filters = filters(search, params);
        StringJoiner union = new StringJoiner(" union ");
        List<List<MemberSearch.Match>> branches = search.branches();
        for (int b = 0; b < branches.size(); b++) {
            union.add("(" + select + " from member where " + branch(b, branches.get(b), params) + filters + tail
                    + ")");
        }
        return union.toString();
    }

    private static Map<String, String> sortColumns() {
        Map<String, String> columns = new HashMap<>(Map.of("status", "status", "currentTermEnd",
                "current_term_end", "id", "id"));
        for (MemberSearch.Field field : MemberSearch.Field.values()) {
            columns.put(field.property, field.column);
        }
        return Map.copyOf(columns);
    }

    /** The filters every branch carries, as " and …" with their parameters. */
    private static String filters(MemberSearch search, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (search.affiliateId() != null) {
            sql.append(" and affiliate_id = :affiliate");
            params.put("affiliate", search.affiliateId());
        }
        if (search.status() != null) {
            sql.append(" and status = :status");
            params.put("status", search.status().name());
        }
        if (search.typeId() != null) {
            sql.append(" and membership_type_id = :type");
            params.put("type", search.typeId());
        }
        return sql.toString();
    }

    private static String branch(int b, List<MemberSearch.Match> matches, Map<String, Object> params) {
        StringJoiner all = new StringJoiner(" and ");
        for (int i = 0; i < matches.size(); i++) {
            MemberSearch.Match m = matches.get(i);
            String name = "b" + b + "_" + i;
            params.put(name, m.value());
            all.add(m.field().column + (m.prefix() ? " like :" + name + " escape '"
                    + SearchText.ESCAPE + "'" : " = :" + name));
        }
        return all.toString();
    }

    /** The members of these ids, each with its affiliate and membership type, in the ids' order. */
    private List<Member> inOrder(List<Long> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            position.put(found.get(i), i);
        }
        return em.createQuery("""
                        select m from Member m left join fetch m.affiliate left join fetch m.membershipType
                        where m.id in :ids""", Member.class)
                .setParameter("ids", found)
                .getResultList().stream()
                .sorted(Comparator.comparing(m -> position.get(m.getId())))
                .toList();
    }
}
