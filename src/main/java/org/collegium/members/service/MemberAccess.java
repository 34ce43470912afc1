package org.collegium.members.service;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.domain.Access;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.domain.SearchText;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MemberSearch;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which members the caller may see: administrators, the board and officers see
 * every member; an affiliate administrator only their own affiliate's. Every members service (records,
 * payments, applications, duplicates, export, import) asks here.
 */
@Component
public class MemberAccess {

    private final MemberRepository members;
    private final AccountScopes scopes;
    private final CurrentActor actor;

    MemberAccess(MemberRepository members, AccountScopes scopes, CurrentActor actor) {
        this.members = members;
        this.scopes = scopes;
        this.actor = actor;
    }

    /** null: every affiliate; otherwise the only affiliate the caller may see. Reports scope by this too. */
    @PreAuthorize(Access.RECORD_READERS)
    public Long affiliateScope() {
        if (actor.hasAnyRole("ADMIN", "BOARD", "OFFICER")) {
            return null;
        }
        if (actor.hasAnyRole("AFFILIATE_ADMIN")) {
            return scopes.currentAffiliateId().orElseThrow(() -> new AccessDeniedException(
                    Messages.t("members.access.no-affiliate")));
        }
        throw new AccessDeniedException(Messages.t("members.access.records"));
    }

    /** The member with their terms, if the caller may see them. */
    Member loadScoped(long id) {
        Long scope = affiliateScope();
        Member member = members.findWithTerms(id).orElseThrow(() -> new NotFoundException(Messages.t("members.the-member")));
        check(scope, member);
        return member;
    }

    /** Refuses a member the caller may not see (for records reached through something else, like a payment). */
    void checkScope(Member member) {
        check(affiliateScope(), member);
    }

    /** Whether a member lies within a scope returned by {@link #affiliateScope()}. */
    static boolean covers(Long scope, Member member) {
        return scope == null || (member.getAffiliate() != null && scope.equals(member.getAffiliate().getId()));
    }

    /** The affiliate a filter lists: the caller's own when scoped to one, else the filter's (null: all). */
    Long affiliateOf(MemberFilter filter) {
        Long scope = affiliateScope();
        return scope != null ? scope : filter.affiliateId();
    }

    /** A filter as the members list reads it, within the caller's scope. */
    MemberSearch search(MemberFilter filter) {
        return new MemberSearch(affiliateOf(filter), filter.status(), filter.typeId(), filter.search());
    }

    /** The members matching a filter, within the caller's scope. */
    Specification<Member> matching(MemberFilter filter) {
        MemberSearch search = search(filter);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (search.affiliateId() != null) {
                where.add(cb.equal(root.get("affiliate").get("id"), search.affiliateId()));
            }
            if (search.status() != null) {
                where.add(cb.equal(root.get("status"), search.status()));
            }
            if (search.typeId() != null) {
                where.add(cb.equal(root.get("membershipType").get("id"), search.typeId()));
            }
            if (search.searching()) {
                where.add(anyBranch(root, cb, search));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The search box's branches ({@link MemberSearch#branches()}) as one criteria predicate. */
    private static Predicate anyBranch(Root<Member> root, CriteriaBuilder cb, MemberSearch search) {
        List<Predicate> any = new ArrayList<>();
        for (List<MemberSearch.Match> branch : search.branches()) {
            any.add(cb.and(branch.stream().map(m -> m.prefix()
                            ? cb.like(root.get(m.field().property), m.value(), SearchText.ESCAPE)
                            : cb.equal(root.get(m.field().property), m.value()))
                    .toArray(Predicate[]::new)));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    private static void check(Long scope, Member member) {
        if (!covers(scope, member)) {
            throw new AccessDeniedException(Messages.t("members.access.other-affiliate"));
        }
    }
}
