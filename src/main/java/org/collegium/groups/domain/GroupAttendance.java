package org.collegium.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.collegium.members.domain.Member;

/** A member attended a session: it counts as group-experience hours. */
@Entity
@Table(name = "group_attendance")
public class GroupAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private GroupSession session;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;
    /** When they joined through the portal; null when the facilitator recorded it afterwards. */
    private Instant joinedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceSource source;
    private String recordedBy;

    protected GroupAttendance() {
    }

    public GroupAttendance(GroupSession session, Member member, Instant joinedAt, AttendanceSource source,
            String recordedBy) {
        this.session = session;
        this.member = member;
        this.joinedAt = joinedAt;
        this.source = source;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public GroupSession getSession() {
        return session;
    }

    public Member getMember() {
        return member;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public AttendanceSource getSource() {
        return source;
    }
}
