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
        status = outcome;
        decidedAt = now;
        decidedBy = by;
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
