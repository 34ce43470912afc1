package org.collegium.groups.service;

import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.i18n.Messages;
import org.collegium.groups.domain.GroupMembershipRepository;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.PeerGroup;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who manages a group and who is on its roster: the board and administrators manage
 * every group, a facilitator only the groups they facilitate; the meeting link is for managers and the active
 * roster. Every groups service asks here.
 */
@Component
class GroupAccess {

    private final CurrentActor actor;
    private final AccountScopes scopes;
    private final GroupMembershipRepository memberships;

    GroupAccess(CurrentActor actor, AccountScopes scopes, GroupMembershipRepository memberships) {
        this.actor = actor;
        this.scopes = scopes;
        this.memberships = memberships;
    }

    boolean managesAll() {
        return actor.hasAnyRole("ADMIN", "BOARD");
    }

    Long currentMemberIdOrNull() {
        return scopes.currentMemberId().orElse(null);
    }

    long currentMemberId() {
        Long id = currentMemberIdOrNull();
        if (id == null) {
            throw new BusinessRuleException(Messages.t("groups.access.no-member-record"));
        }
        return id;
    }

    boolean manages(PeerGroup group) {
        return managesAll() || (actor.hasAnyRole("FACILITATOR") && group.isFacilitatedBy(currentMemberIdOrNull()));
    }

    void checkManages(PeerGroup group) {
        if (!manages(group)) {
            throw new AccessDeniedException("Only this group's facilitators and the board manage it.");
        }
    }

    boolean isOnRoster(long groupId, Long memberId) {
        return memberId != null
                && memberships.existsByGroupIdAndMemberIdAndStatus(groupId, memberId, GroupMembershipStatus.ACTIVE);
    }

    String actorName() {
        return actor.name();
    }
}
