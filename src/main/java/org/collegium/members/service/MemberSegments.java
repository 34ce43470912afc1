package org.collegium.members.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members list's filters (status, type, affiliate, search) and two more (discipline, state) read as a segment
 * to write to (issue 17): how many, and every member in it in pages by id, within the caller's scope exactly as
 * the members list ({@link MemberAccess#matching}: an affiliate administrator only their own affiliate's).
 */
@Service
@Transactional(readOnly = true)
public class MemberSegments {

    /** A segment of the members list; discipline and state may be null (any). */
    public record SegmentFilter(MemberFilter filter, Discipline discipline, String state) {
    }

    /** What a message to a member needs of them. */
    public record SegmentMember(long id, String email, String firstName, String lastName, LocalDate termEnds) {
    }

    private final MemberRepository members;
    private final MemberAccess access;
    private final EntityManager em;

    MemberSegments(MemberRepository members, MemberAccess access, EntityManager em) {
        this.members = members;
        this.access = access;
        this.em = em;
    }

    @PreAuthorize(Access.RECORD_READERS)
    public long count(SegmentFilter segment) {
        return members.count(matching(segment));
    }

    /** Up to {@code size} members of the segment with an id above {@code after}, by id (a keyset page). */
    @PreAuthorize(Access.RECORD_READERS)
    public List<SegmentMember> page(SegmentFilter segment, long after, int size) {
        return read(segment, after, null, size);
    }

    /** The segment's member with this id, if they are in it (a preview for one recipient). */
    @PreAuthorize(Access.RECORD_READERS)
    public java.util.Optional<SegmentMember> find(SegmentFilter segment, long member) {
        return read(segment, member - 1, member, 1).stream().findFirst();
    }

    private List<SegmentMember> read(SegmentFilter segment, long after, Long only, int size) {
        Specification<Member> spec = matching(segment);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Member> root = query.from(Member.class);
        List<Predicate> where = new ArrayList<>();
        Predicate scoped = spec.toPredicate(root, query, cb);
        if (scoped != null) {
            where.add(scoped);
        }
        where.add(cb.greaterThan(root.get("id"), after));
        if (only != null) {
            where.add(cb.equal(root.get("id"), only));
        }
        query.multiselect(root.get("id"), root.get("email"), root.get("firstName"), root.get("lastName"),
                root.get("currentTermEnd")).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(root.get("id")));
        return em.createQuery(query).setMaxResults(size).getResultList().stream()
                .map(t -> new SegmentMember(t.get(0, Long.class), t.get(1, String.class), t.get(2, String.class),
                        t.get(3, String.class), t.get(4, LocalDate.class)))
                .toList();
    }

    private Specification<Member> matching(SegmentFilter segment) {
        Specification<Member> listed = access.matching(segment.filter());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            Predicate base = listed.toPredicate(root, query, cb);
            if (base != null) {
                where.add(base);
            }
            if (segment.discipline() != null) {
                where.add(cb.equal(root.get("discipline"), segment.discipline()));
            }
            if (segment.state() != null && !segment.state().isBlank()) {
                where.add(cb.equal(root.get("state"), segment.state().strip()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
