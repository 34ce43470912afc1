package org.collegium.groups.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.collegium.members.service.MemberLookup;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.RecipientLanguage;
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
    private final RecipientLanguage languages;

    public RosterService(GroupMembershipRepository memberships, PeerGroupRepository groups, MemberLookup members,
            GroupAccess access, SocietyClock clock, MailOutbox mail, AuditLog auditLog, GroupInvitations invitations,
            RecipientLanguage languages) {
        this.invitations = invitations;
        this.languages = languages;
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
            throw new BusinessRuleException(Messages.t("groups.roster.accept-first"));
        }
        if (g.getStatus() != GroupStatus.ACTIVE) {
            throw new BusinessRuleException(Messages.t("groups.roster.paused"));
        }
        Member me = members.findById(access.currentMemberId()).orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.record")));
        checkMayJoin(g, me);
        GroupMembership gm = memberships.findByGroupIdAndMemberId(groupId, me.getId()).orElse(null);
        if (gm != null && (gm.getStatus() == GroupMembershipStatus.ACTIVE
                || gm.getStatus() == GroupMembershipStatus.REQUESTED)) {
            throw new BusinessRuleException(gm.getStatus() == GroupMembershipStatus.ACTIVE
                    ? Messages.t("groups.roster.already-on") : Messages.t("groups.roster.already-asked"));
        }
        if (gm == null) {
            memberships.save(new GroupMembership(g, me, clock.instant()));
        } else {
            gm.request(clock.instant());
        }
        for (Member f : g.getFacilitators()) {
            Locale to = languages.of(f.getEmail());
            mail.enqueue(f.getEmail(), Messages.in(to, "groups.mail.request.subject", me.getFullName(), g.getName()),
                    Messages.in(to, "groups.mail.request.body", f.getFirstName(), me.getFullName(), g.getName()));
        }
        auditLog.record("GROUP_JOIN_REQUESTED", "PeerGroup", g.getId(),
                me.getFullName() + " asked to join " + g.getName(), new Changes());
    }

    @PreAuthorize(Access.IS_MEMBER)
    public void leave(long groupId) {
        GroupMembership gm = memberships.findByGroupIdAndMemberId(groupId, access.currentMemberId())
                .filter(m -> m.getStatus() == GroupMembershipStatus.ACTIVE
                        || m.getStatus() == GroupMembershipStatus.REQUESTED)
                .orElseThrow(() -> new BusinessRuleException(Messages.t("groups.roster.not-on")));
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
            throw new BusinessRuleException(Messages.t("groups.roster.full", g.getCapacity()));
        }
        checkMayJoin(g, gm.getMember());
        gm.decide(GroupMembershipStatus.ACTIVE, clock.instant(), access.actorName());
        Locale to = languages.of(gm.getMember().getEmail());
        mail.enqueue(gm.getMember().getEmail(), Messages.in(to, "groups.mail.welcome.subject", g.getName()),
                Messages.in(to, "groups.mail.welcome.body", gm.getMember().getFirstName(), g.getName(),
                        g.getLockMinutes()));
        invitations.inviteLateJoiner(g, gm.getMember());
        auditLog.record("GROUP_JOIN_APPROVED", "PeerGroup", g.getId(),
                "Approved " + gm.getMember().getFullName() + " for " + g.getName(), new Changes()
                        .track("status", GroupMembershipStatus.REQUESTED, gm.getStatus()));
    }

    @PreAuthorize(Access.RUNS_GROUPS)
    public void decline(long membershipId) {
        GroupMembership gm = pending(membershipId);
        gm.decide(GroupMembershipStatus.DECLINED, clock.instant(), access.actorName());
        Locale to = languages.of(gm.getMember().getEmail());
        mail.enqueue(gm.getMember().getEmail(), Messages.in(to, "groups.mail.declined.subject",
                gm.getGroup().getName()), Messages.in(to, "groups.mail.declined.body", gm.getMember().getFirstName(),
                        gm.getGroup().getName()));
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
            throw new BusinessRuleException(m.getStatus() == MembershipStatus.LAPSED
                    ? Messages.t("groups.roster.members-only.lapsed", g.getName())
                    : Messages.t("groups.roster.members-only", g.getName()));
        }
    }

    private GroupMembership pending(long membershipId) {
        GroupMembership gm = memberships.lockById(membershipId)
                .orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.request")));
        access.checkManages(group(gm.getGroup().getId()));
        if (gm.getStatus() != GroupMembershipStatus.REQUESTED) {
            String answer = Messages.t("groups.roster.answer." + gm.getStatus().name());
            throw new BusinessRuleException(gm.getDecidedBy() == null
                    ? Messages.t("groups.roster.already-answered", answer)
                    : Messages.t("groups.roster.already-answered.by", answer, gm.getDecidedBy()));
        }
        return gm;
    }

    private PeerGroup group(long groupId) {
        return groups.findWithFacilitators(groupId).orElseThrow(() -> new NotFoundException(Messages.t("groups.not-found.group")));
    }
}
