package org.collegium.members.service;

import java.util.List;
import java.util.Optional;
import org.collegium.base.service.OpenAccess;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipTerm;
import org.collegium.members.domain.MemberRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features' services reach member records (events and groups hold a member on a registration or a
 * roster place), instead of the members' repository: the one door the architecture test allows.
 */
@Service
@Transactional(readOnly = true)
@OpenAccess(reason = "called only by other features' services, inside their own method security")
public class MemberLookup {

    private final MemberRepository members;

    MemberLookup(MemberRepository members) {
        this.members = members;
    }

    public Optional<Member> findById(long id) {
        return members.findById(id);
    }

    /** A reference to hold in an association (loaded only when read). */
    public Member getReferenceById(long id) {
        return members.getReferenceById(id);
    }

    /** Several members at once (one query), e.g. the names on a page of another feature's records. */
    public List<Member> findAllById(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : members.findAllById(ids);
    }

    public Optional<Member> findByEmail(String email) {
        return members.findByEmail(email);
    }

    public long count() {
        return members.count();
    }

    public Page<Member> findAll(Pageable page) {
        return members.findAll(page);
    }

    public List<Member> findAll(Sort sort) {
        return members.findAll(sort);
    }

    /**
     * Whether the member is in good standing: current (active or in grace) and with a term the board approved or
     * recorded, or whose dues were paid: {@link DirectoryService#standing()}'s rule, for a member other than the
     * one signed in.
     */
    public boolean inGoodStanding(long memberId) {
        return members.findWithTerms(memberId).filter(m -> DirectoryService.LISTED.contains(m.getStatus())
                && m.getTerms().stream().anyMatch(MembershipTerm::isApprovedOrPaid)).isPresent();
    }

    /**
     * The same rule inside another feature's query (a query-time join, so that a member who lapses drops out of
     * it at once): the member whose id is {@code memberId} is in good standing.
     */
    public Predicate inGoodStanding(Expression<Long> memberId, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> standing = query.subquery(Long.class);
        Root<Member> m = standing.from(Member.class);
        Join<Member, MembershipTerm> t = m.join("terms");
        standing.select(m.get("id")).where(cb.equal(m.get("id"), memberId),
                m.get("status").in(DirectoryService.LISTED),
                cb.or(cb.isFalse(t.get("grantedAtOnce")), cb.isNotNull(t.get("settledOn"))));
        return cb.exists(standing);
    }
}
