package org.collegium.members.service;

import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.NotFoundException;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which members the caller may see: administrators, the board and officers see
 * every member; an affiliate administrator only their own affiliate's. Every members service asks here.
 */
@Component
class MemberAccess {

    private final MemberRepository members;
    private final AccountScopes scopes;
    private final CurrentActor actor;

    MemberAccess(MemberRepository members, AccountScopes scopes, CurrentActor actor) {
        this.members = members;
        this.scopes = scopes;
        this.actor = actor;
    }

    /** null: every affiliate; otherwise the only affiliate the caller may see. */
    Long affiliateScope() {
        if (actor.hasAnyRole("ADMIN", "BOARD", "OFFICER")) {
            return null;
        }
        if (actor.hasAnyRole("AFFILIATE_ADMIN")) {
            return scopes.currentAffiliateId().orElseThrow(() -> new AccessDeniedException(
                    "This affiliate administrator account is not tied to an affiliate."));
        }
        throw new AccessDeniedException("Member records are for the board, officers and affiliate administrators.");
    }

    /** The member with their terms, if the caller may see them. */
    Member loadScoped(long id) {
        Long scope = affiliateScope();
        Member member = members.findWithTerms(id).orElseThrow(() -> new NotFoundException("The member"));
        check(scope, member);
        return member;
    }

    /** Refuses a member the caller may not see (for records reached through something else, like a payment). */
    void checkScope(Member member) {
        check(affiliateScope(), member);
    }

    private static void check(Long scope, Member member) {
        if (scope != null && (member.getAffiliate() == null || !scope.equals(member.getAffiliate().getId()))) {
            throw new AccessDeniedException("This member belongs to another affiliate.");
        }
    }
}
