package org.collegium.groups.service;

import java.util.EnumSet;
import java.util.List;
import org.collegium.members.service.MemberLookup;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.GroupMembership;
import org.collegium.groups.domain.GroupMembershipRepository;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.service.GroupRecords.RosterEntry;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's roster: members ask to join (acknowledging the group's understandings), the facilitator or the board
 * approves or declines, members leave. Approval is refused when the group is full; a members-only group takes
 * only members in good standing (active or in their grace period).
 */
@Service
@Transactional
public class RosterService {

    private final GroupMembershipRepository memberships;
    private final PeerGroupRepository groups;
    private final MemberLookup members;
    private final GroupAccess access;
    private final SocietyClock clock;
    private final MailOutbox mail;
    private final AuditLog auditLog;
    private final GroupInvitations invitations;

    public RosterService(GroupMembershipRepository memberships, PeerGroupRepository groups, MemberLookup members,
            GroupAccess access, SocietyClock clock, MailOutbox mail, AuditLog auditLog, GroupInvitations invitations) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.groups = groups;
        this.members = members;
        this.access = access;
        this.clock = clock;
        this.mail = mail;
        this.auditLog = auditLog;
    }

    /**
     * A members-only group's meeting link is withheld from a roster member whose membership is not current, until
     * they renew (they keep their place on the roster). The one rule for invitations, joining and the pages.
     */
    static boolean linkWithheld(PeerGroup g, Member m) {
        return g.isMembersOnly() && m != null && !inGoodStanding(m);
    }

    /** A member in good standing may join any group; a lapsed one only a group open to non-members. */
    static boolean inGoodStanding(Member m) {
        return m.getStatus() == MembershipStatus.ACTIVE || m.getStatus() == MembershipStatus.GRACE;
    }

    /** The signed-in member asks to join; they must have acknowledged the group's understandings. */
    @PreAuthorize(Access.IS_MEMBER)
    public void requestToJoin(long groupId, boolean acknowledgedUnderstandings) {
        PeerGroup g = group(groupId);
        if (!acknowledgedUnderstandings) {
            throw new BusinessRuleException("Please read the group's understandings and confirm that you accept "
                    + "them before asking to join.");
        }
        if (g.getStatus() != GroupStatus.ACTIVE) {
            throw new BusinessRuleException("This group is paused and is not taking requests at the moment.");
        }
        Member me = members.findById(access.currentMemberId()).orElseThrow(() -> new NotFoundException("Your record"));
        checkMayJoin(g, me);
        GroupMembership gm = memberships.findByGroupIdAndMemberId(groupId, me.getId()).orElse(null);
        if (gm != null && (gm.getStatus() == GroupMembershipStatus.ACTIVE
                || gm.getStatus() == GroupMembershipStatus.REQUESTED)) {
            throw new BusinessRuleException(gm.getStatus() == GroupMembershipStatus.ACTIVE
                    ? "You are already on this group's roster." : "Your request is already with the facilitator.");
        }
        if (gm == null) {
            memberships.save(new GroupMembership(g, me, clock.instant()));
        } else {
            gm.request(clock.instant());
        }
        for (Member f : g.getFacilitators()) {
            mail.enqueue(f.getEmail(), me.getFullName() + " asks to join " + g.getName(), """
                    Dear %s,

                    %s asks to join %s and has acknowledged the group's understandings. Approve or decline the \
                    request on the group's page in the members' portal.
                    """.formatted(f.getFirstName(), me.getFullName(), g.getName()));
        }
        auditLog.record("GROUP_JOIN_REQUESTED", "PeerGroup", g.getId(),
                me.getFullName() + " asked to join " + g.getName(), new Changes());
    }

    @PreAuthorize(Access.IS_MEMBER)
    public void leave(long groupId) {
        GroupMembership gm = memberships.findByGroupIdAndMemberId(groupId, access.currentMemberId())
                .filter(m -> m.getStatus() == GroupMembershipStatus.ACTIVE
                        || m.getStatus() == GroupMembershipStatus.REQUESTED)
                .orElseThrow(() -> new BusinessRuleException("You are not on this group's roster."));
        gm.decide(GroupMembershipStatus.LEFT, clock.instant(), access.actorName());
        auditLog.record("GROUP_LEFT", "PeerGroup", groupId, gm.getMember().getFullName() + " left "
                + gm.getGroup().getName(), new Changes());
    }

    @PreAuthorize(Access.RUNS_GROUPS)
    public void approve(long membershipId) {
        GroupMembership gm = pending(membershipId);
        PeerGroup g = gm.getGroup();
        groups.lockById(g.getId());
        long onRoster = memberships.countByGroupIdAndStatus(g.getId(), GroupMembershipStatus.ACTIVE);
        if (onRoster >= g.getCapacity()) {
            throw new BusinessRuleException("The group is full (" + g.getCapacity() + " of " + g.getCapacity()
                    + " seats taken). Approve this request when a seat opens.");
        }
        checkMayJoin(g, gm.getMember());
        gm.decide(GroupMembershipStatus.ACTIVE, clock.instant(), access.actorName());
        mail.enqueue(gm.getMember().getEmail(), "Welcome to " + g.getName(), """
                Dear %s,

                you are on the roster of %s. Each week's meeting link is emailed to you before the session and is \
                on the group's page in the members' portal. Please remember: the group starts on time and is \
                closed to new attendees %d minutes after the start.
                """.formatted(gm.getMember().getFirstName(), g.getName(), g.getLockMinutes()));
        invitations.inviteLateJoiner(g, gm.getMember());
        auditLog.record("GROUP_JOIN_APPROVED", "PeerGroup", g.getId(),
                "Approved " + gm.getMember().getFullName() + " for " + g.getName(), new Changes()
                        .track("status", GroupMembershipStatus.REQUESTED, gm.getStatus()));
    }

    @PreAuthorize(Access.RUNS_GROUPS)
    public void decline(long membershipId) {
        GroupMembership gm = pending(membershipId);
        gm.decide(GroupMembershipStatus.DECLINED, clock.instant(), access.actorName());
        mail.enqueue(gm.getMember().getEmail(), "Your request to join " + gm.getGroup().getName(), """
                Dear %s,

                thank you for asking to join %s. The facilitator could not offer you a place this time. The \
                society's other groups are listed in the members' portal under "Groups".
                """.formatted(gm.getMember().getFirstName(), gm.getGroup().getName()));
        auditLog.record("GROUP_JOIN_DECLINED", "PeerGroup", gm.getGroup().getId(),
                "Declined " + gm.getMember().getFullName() + " for " + gm.getGroup().getName(), new Changes()
                        .track("status", GroupMembershipStatus.REQUESTED, gm.getStatus()));
    }

    /**
     * Requests and the active roster. The board sees each member's email and standing (lapsed members flagged);
     * a facilitator sees names only (email and standing null): writing to the roster goes through Collegium. In a
     * members-only group a facilitator is still told whose meeting link is withheld ({@code lapsed}), so that they
     * know why someone cannot join, but not their standing.
     */
    @PreAuthorize(Access.RUNS_GROUPS)
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long groupId) {
        access.checkManages(group(groupId));
        boolean namesOnly = !access.managesAll(); // a facilitator: names only, by the roles matrix
        boolean membersOnly = group(groupId).isMembersOnly();
        return memberships.findRoster(groupId, EnumSet.of(GroupMembershipStatus.REQUESTED,
                GroupMembershipStatus.ACTIVE)).stream().map(gm -> {
                    Member m = gm.getMember();
                    return namesOnly
                            ? new RosterEntry(gm.getId(), m.getId(), m.getFullName(), null, gm.getStatus(), null,
                                    membersOnly && !inGoodStanding(m), gm.getRequestedAt())
                            : new RosterEntry(gm.getId(), m.getId(), m.getFullName(), m.getEmail(), gm.getStatus(),
                                    m.getStatus(), !inGoodStanding(m), gm.getRequestedAt());
                })
                // requests waiting for an answer first, then the roster, each by name
                .sorted(java.util.Comparator.comparing(e -> e.status() != GroupMembershipStatus.REQUESTED))
                .toList();
    }

    private void checkMayJoin(PeerGroup g, Member m) {
        if (g.isMembersOnly() && !inGoodStanding(m)) {
            throw new BusinessRuleException(g.getName() + " is for members of the society. "
                    + (m.getStatus() == MembershipStatus.LAPSED ? "Your membership has lapsed: renew it under "
                            + "\"My membership\" and ask again." : "It is open once your membership is active."));
        }
    }

    private GroupMembership pending(long membershipId) {
        GroupMembership gm = memberships.lockById(membershipId)
                .orElseThrow(() -> new NotFoundException("The request"));
        access.checkManages(group(gm.getGroup().getId()));
        if (gm.getStatus() != GroupMembershipStatus.REQUESTED) {
            String answer = gm.getStatus() == GroupMembershipStatus.ACTIVE ? "approved"
                    : gm.getStatus().label().toLowerCase();
            throw new BusinessRuleException("This request was already " + answer
                    + (gm.getDecidedBy() == null ? "" : " by " + gm.getDecidedBy()) + ".");
        }
        return gm;
    }

    private PeerGroup group(long groupId) {
        return groups.findWithFacilitators(groupId).orElseThrow(() -> new NotFoundException("The group"));
    }
}
