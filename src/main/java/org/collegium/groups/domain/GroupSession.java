package org.collegium.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.collegium.base.domain.AuditedEntity;

/** One meeting of a group: its date and times, status, and that week's meeting link (for the roster only). */
@Entity
@Table(name = "group_session")
public class GroupSession extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PeerGroup group;
    @Column(nullable = false)
    private LocalDate sessionDate;
    @Column(nullable = false)
    private Instant startsAt;
    @Column(nullable = false)
    private Instant endsAt;
    @Column(nullable = false)
    private boolean extra;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.SCHEDULED;
    private String cancelReason;
    private String meetingLink;
    private Instant invitationSentAt;

    protected GroupSession() {
    }

    public GroupSession(PeerGroup group, LocalDate sessionDate, Instant startsAt, Instant endsAt, boolean extra) {
        this.group = group;
        this.sessionDate = sessionDate;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.extra = extra;
    }

    public void cancel(String reason) {
        status = SessionStatus.CANCELLED;
        cancelReason = reason;
    }

    public void markHeld() {
        status = SessionStatus.HELD;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public PeerGroup getGroup() {
        return group;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isExtra() {
        return extra;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** Only for services that have checked the caller may have it (see SessionLinks). */
    public String getMeetingLink() {
        return meetingLink;
    }

    public Instant getInvitationSentAt() {
        return invitationSentAt;
    }
}
