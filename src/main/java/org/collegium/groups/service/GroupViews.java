package org.collegium.groups.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupSession;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.domain.SessionStatus;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupRecords.JoinState;
import org.collegium.groups.service.GroupRecords.SessionView;
import org.collegium.members.domain.Member;
import org.springframework.stereotype.Component;

/** Turns groups and sessions into what a person reads, in each group's own time zone. */
@Component
class GroupViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final SocietyClock clock;
    private final GroupProperties properties;

    GroupViews(SocietyClock clock, GroupProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    GroupSummary summary(PeerGroup g, long activeCount, boolean manages) {
        return new GroupSummary(g.getId(), g.getName(), g.getKind(), g.getDescription(), schedule(g), g.getFormat(),
                g.getLocation(), g.getLanguage(), cost(g), g.getAccessibilityNotes(), g.isMembersOnly(),
                g.getCapacity(), (int) Math.max(0, g.getCapacity() - activeCount), g.getLockMinutes(), g.getStatus(),
                g.getFacilitators().stream().sorted(Comparator.comparing(Member::getLastName))
                        .map(Member::getFullName).toList(), manages);
    }

    /** e.g. "Tuesdays 7:30 PM – 8:30 PM (Eastern Time)" or "Every 4 weeks on Thursday, …". */
    String schedule(PeerGroup g) {
        String day = g.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
        String when = g.getIntervalWeeks() <= 1 ? day + "s" : "Every " + g.getIntervalWeeks() + " weeks on " + day;
        ZoneId zone = g.getZone();
        return when + " " + TIME.format(g.getStartTime()) + " – "
                + TIME.format(g.getStartTime().plusMinutes(g.getDurationMinutes())) + " ("
                + zone.getDisplayName(TextStyle.FULL, Locale.US) + ")";
    }

    static String cost(PeerGroup g) {
        String note = g.getCostNote() == null ? "" : ": " + g.getCostNote();
        return g.getCost() == GroupCost.FREE ? "Free" : g.getCost().label() + note;
    }

    /** A time of day in the society's zone, as the portal's pages show every time, e.g. "7:40 PM". */
    String time(Instant instant) {
        return TIME.format(instant.atZone(clock.zone()));
    }

    /** A time of day in the group's own zone, as its emails say it (the zone its members meet in). */
    String time(Instant instant, PeerGroup g) {
        return TIME.format(instant.atZone(g.getZone()));
    }

    SessionView session(GroupSession s, boolean manager, boolean onRoster, boolean withheld, boolean joined) {
        JoinState state = state(s, manager, onRoster, withheld, joined, clock.instant());
        return new SessionView(s.getId(), s.getGroup().getId(), s.getGroup().getName(), s.getStartsAt(),
                s.getEndsAt(), s.getStatus(), s.getCancelReason(), s.isExtra(), state, message(s, state));
    }

    /** The one rule for who may open a session's meeting now; {@code SessionService.join} enforces the same. */
    JoinState state(GroupSession s, boolean manager, boolean onRoster, boolean withheld, boolean joined,
            Instant now) {
        if (s.getStatus() == SessionStatus.CANCELLED) {
            return JoinState.CANCELLED;
        }
        if (!manager && !onRoster) {
            return JoinState.NOT_ON_ROSTER;
        }
        if (!now.isBefore(s.getEndsAt())) {
            return JoinState.ENDED;
        }
        if (!manager && withheld) {
            return JoinState.MEMBERSHIP_NOT_CURRENT;
        }
        if (s.getMeetingLink() == null) {
            return JoinState.NO_LINK_YET;
        }
        if (manager) {
            return joined ? JoinState.JOINED : JoinState.OPEN;
        }
        Duration opensBefore = properties.joinOpensBefore();
        if (now.isBefore(s.getStartsAt().minus(opensBefore))) {
            return JoinState.NOT_OPEN_YET;
        }
        if (LateJoinLock.mayOpen(s.getStartsAt(), s.getEndsAt(), s.getGroup().getLockMinutes(), opensBefore, now,
                joined)) {
            return joined ? JoinState.JOINED : JoinState.OPEN;
        }
        return JoinState.LOCKED;
    }

    private String message(GroupSession s, JoinState state) {
        return switch (state) {
            case CANCELLED -> "This session is cancelled" + (s.getCancelReason() == null ? "."
                    : ": " + s.getCancelReason());
            case NOT_ON_ROSTER -> "The meeting link is for the group's roster.";
            case MEMBERSHIP_NOT_CURRENT -> "This group is for members of the society and your membership is not "
                    + "current, so the meeting link is not sent to you. Renew under \"My membership\": you keep "
                    + "your place on the roster and get the link again.";
            case ENDED -> "This session has ended.";
            case NO_LINK_YET -> "The facilitator has not posted this session's meeting link yet.";
            case NOT_OPEN_YET -> "The meeting opens at " + time(s.getStartsAt().minus(properties.joinOpensBefore()))
                    + ". Your invitation email has the link too.";
            case OPEN -> "The meeting is open. It closes to new attendees at "
                    + time(LateJoinLock.locksAt(s.getStartsAt(), s.getGroup().getLockMinutes())) + ".";
            case JOINED -> "You have joined this session; you can open the meeting again until it ends.";
            case LOCKED -> "This session began at " + time(s.getStartsAt()) + " and, as the group agreed, closed to "
                    + "new attendees at " + time(LateJoinLock.locksAt(s.getStartsAt(), s.getGroup().getLockMinutes()))
                    + " so that everyone can settle in together. We hope to see you next time.";
        };
    }
}
