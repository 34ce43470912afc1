package org.collegium.groups.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.domain.SessionStatus;
import org.collegium.members.domain.MembershipStatus;

/** What the groups services hand to views: never an entity, and never a meeting link unless asked for one. */
public final class GroupRecords {

    private GroupRecords() {
    }

    /**
     * A group as the list shows it. {@code schedule} is already in the viewer's language and time zone (with the
     * group's beside it when it differs); {@code manages}: whether the person looking may manage it; {@code zone}:
     * the zone the group meets in.
     */
    public record GroupSummary(long id, String name, GroupKind kind, String description, String schedule,
            GroupFormat format, String location, String language, String cost, String accessibilityNotes,
            boolean membersOnly, int capacity, int seatsLeft, int lockMinutes, GroupStatus status,
            List<String> facilitators, boolean manages, java.time.ZoneId zone) {
    }

    /** The group page for the person looking at it. */
    public record GroupPage(GroupSummary group, String understandings, GroupMembershipStatus myStatus,
            boolean manages, List<SessionView> upcoming) {
    }

    /** What a person may do about one session's meeting now. */
    public enum JoinState {
        NOT_ON_ROSTER, MEMBERSHIP_NOT_CURRENT, NO_LINK_YET, NOT_OPEN_YET, OPEN, JOINED, LOCKED, ENDED, CANCELLED
    }

    /** A session without its link, with what the viewer may do about it; {@code zone}: the group's. */
    public record SessionView(long id, long groupId, String groupName, Instant startsAt, Instant endsAt,
            SessionStatus status, String cancelReason, boolean extra, JoinState joinState, String message,
            java.time.ZoneId zone) {
    }

    /** A session as its facilitator manages it: with the link and the attendance count. */
    public record ManagedSession(long id, Instant startsAt, Instant endsAt, SessionStatus status, String cancelReason,
            boolean extra, String meetingLink, boolean invitationSent, int attended, long version) {
    }

    /** {@code email} and {@code membershipStatus} are null for a facilitator, who sees names only. */
    public record RosterEntry(long membershipId, long memberId, String name, String email,
            GroupMembershipStatus status, MembershipStatus membershipStatus, boolean lapsed, Instant requestedAt) {
    }

    public record AttendanceEntry(long memberId, String name, boolean attended, Instant joinedAt) {
    }

    public record MyGroup(long groupId, String name, GroupMembershipStatus status, String schedule, boolean manages) {
    }

    public record MyGroups(List<MyGroup> groups, List<SessionView> nextSessions, double hours, int sessionsAttended) {
    }

    /** A group's details as its form edits them. {@code facilitatorEmails}: members' emails, comma-separated. */
    public record GroupForm(String name, GroupKind kind, String description, DayOfWeek day, LocalTime start,
            Integer durationMinutes, Integer intervalWeeks, LocalDate startsOn, GroupFormat format, String location,
            Integer capacity, boolean membersOnly, Integer lockMinutes, String language, GroupCost cost,
            String costNote, String accessibilityNotes, String understandings, GroupStatus status,
            String facilitatorEmails, String timeZone, long version) {
    }
}
