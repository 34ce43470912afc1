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
import org.collegium.base.service.SearchText;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
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

    /** The members matching a filter, within the caller's scope. */
    /** The affiliate a filter lists: the caller's own when scoped to one, else the filter's (null: all). */
    Long affiliateOf(MemberFilter filter) {
        Long scope = affiliateScope();
        return scope != null ? scope : filter.affiliateId();
    }

    Specification<Member> matching(MemberFilter filter) {
        Long affiliate = affiliateOf(filter);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (affiliate != null) {
                where.add(cb.equal(root.get("affiliate").get("id"), affiliate));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.typeId() != null) {
                where.add(cb.equal(root.get("membershipType").get("id"), filter.typeId()));
            }
            String typed = filter.search() == null ? "" : filter.search().strip();
            if (!typed.isEmpty()) {
                where.add(startsWith(root, cb, typed));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * The search box matches the start of a last name, a first name, a full name ("ada love"), an email or a
     * licence number, so that every branch is a range of an index on 100,000 members ("%text%" reads them all).
     * No lower(): the columns' collation (utf8mb4_unicode_ci) already compares without case, and lower() would
     * keep MariaDB from using the indexes.
     */
    private static Predicate startsWith(Root<Member> root, CriteriaBuilder cb, String typed) {
        String prefix = SearchText.normalise(typed) + "%";
        List<Predicate> any = new ArrayList<>(List.of(
                cb.like(root.get("lastName"), prefix, SearchText.ESCAPE),
                cb.like(root.get("firstName"), prefix, SearchText.ESCAPE),
                cb.like(root.get("email"), prefix, SearchText.ESCAPE),
                cb.like(root.get("licenceNumber"), prefix, SearchText.ESCAPE)));
        // "first last" starts with the text when the first name is the text up to one of its spaces and the last
        // name starts with the rest (a first name longer than the text is matched above); said this way rather
        // than with concat() it is a narrow range of the (first name, last name) index
        for (int space = typed.indexOf(' '); space > 0; space = typed.indexOf(' ', space + 1)) {
            any.add(cb.and(cb.equal(root.get("firstName"), typed.substring(0, space)),
                    cb.like(root.get("lastName"), SearchText.normalise(typed.substring(space + 1)) + "%",
                            SearchText.ESCAPE)));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    private static void check(Long scope, Member member) {
        if (!covers(scope, member)) {
            throw new AccessDeniedException(Messages.t("members.access.other-affiliate"));
        }
    }
}
