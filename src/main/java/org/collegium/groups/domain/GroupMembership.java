package org.collegium.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.collegium.base.domain.AuditedEntity;
import org.collegium.members.domain.Member;

/** A member's place on a group's roster; one row per member and group, reused when they ask again. */
@Entity
@Table(name = "group_membership")
public class GroupMembership extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PeerGroup group;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupMembershipStatus status;
    @Column(nullable = false)
    private Instant requestedAt;
    /** When the member acknowledged the group's understandings: no request without it. */
    @Column(nullable = false)
    private Instant acknowledgedAt;
    private Instant decidedAt;
    private String decidedBy;
    /** When this place on the roster began (approved) and ended (left); the latest stint only (V82). */
    private Instant joinedAt;
    private Instant leftAt;

    protected GroupMembership() {
    }

    public GroupMembership(PeerGroup group, Member member, Instant now) {
        this.group = group;
        this.member = member;
        request(now);
    }

    public void request(Instant now) {
        status = GroupMembershipStatus.REQUESTED;
        requestedAt = now;
        acknowledgedAt = now;
        decidedAt = null;
        decidedBy = null;
    }

    public void decide(GroupMembershipStatus outcome, Instant now, String by) {
        if (outcome == GroupMembershipStatus.ACTIVE) {
            joinedAt = now;
            leftAt = null;
        } else if (outcome == GroupMembershipStatus.LEFT && status == GroupMembershipStatus.ACTIVE) {
            leftAt = now;
        }
        status = outcome;
        decidedAt = now;
        decidedBy = by;
    }

    /**
     * Whether the member was on the roster on a day (the group's calendar day of a session): joined on or before
     * it and not left before it. The dates are those of the latest stint, kept while a member asks again (a request
     * or a refusal after leaving changes neither). An unknown start (left before V82 recorded it) counts as not on
     * it.
     */
    public boolean wasOnRosterOn(LocalDate day, ZoneId zone) {
        if (joinedAt == null) {
            return false;
        }
        boolean joinedByThen = !joinedAt.atZone(zone).toLocalDate().isAfter(day);
        boolean notLeftBefore = leftAt == null || !leftAt.atZone(zone).toLocalDate().isBefore(day);
        return joinedByThen && notLeftBefore;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public PeerGroup getGroup() {
        return group;
    }

    public Member getMember() {
        return member;
    }

    public GroupMembershipStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
