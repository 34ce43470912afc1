package org.collegium.members.service;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.SearchText;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which members the caller may see: administrators, the board and officers see every
 * affiliate; an affiliate administrator only their own. {@link MemberService}, {@link MemberExport} and
 * {@link MemberImport} all ask here.
 */
@Component
class MemberScope {

    private final AccountScopes scopes;
    private final CurrentActor actor;

    MemberScope(AccountScopes scopes, CurrentActor actor) {
        this.scopes = scopes;
        this.actor = actor;
    }

    /** null: every affiliate; otherwise the only affiliate the caller may see. */
    Long affiliateId() {
        if (actor.hasAnyRole("ADMIN", "BOARD", "OFFICER")) {
            return null;
        }
        if (actor.hasAnyRole("AFFILIATE_ADMIN")) {
            return scopes.currentAffiliateId().orElseThrow(() -> new AccessDeniedException(
                    "This affiliate administrator account is not tied to an affiliate."));
        }
        throw new AccessDeniedException("Member records are for the board, officers and affiliate administrators.");
    }

    /** Whether a member lies within a scope returned by {@link #affiliateId()}. */
    static boolean covers(Long scope, Member member) {
        return scope == null || (member.getAffiliate() != null && scope.equals(member.getAffiliate().getId()));
    }

    /** The members matching a filter, within the caller's scope. */
    Specification<Member> matching(MemberFilter filter) {
        Long scope = affiliateId();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            Long affiliate = scope != null ? scope : filter.affiliateId();
            if (affiliate != null) {
                where.add(cb.equal(root.get("affiliate").get("id"), affiliate));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.typeId() != null) {
                where.add(cb.equal(root.get("membershipType").get("id"), filter.typeId()));
            }
            String search = SearchText.normalise(filter.search());
            if (!search.isEmpty()) {
                String like = "%" + search + "%";
                where.add(cb.or(
                        cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), like),
                        cb.like(cb.lower(root.get("lastName")), like),
                        cb.like(root.get("email"), like),
                        cb.like(cb.lower(root.get("licenceNumber")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
