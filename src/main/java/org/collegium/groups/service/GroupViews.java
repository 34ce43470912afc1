package org.collegium.groups.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
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

/**
 * Turns groups and sessions into what a person reads: in their language, and in their time zone with the group's
 * own zone beside it when the two differ (emails: the group's zone, in the recipient's language).
 */
@Component
class GroupViews {

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
                        .map(Member::getFullName).toList(), manages, g.getZone());
    }

    /**
     * When the group meets, as the current person reads it, e.g. "Tuesdays 7:30 PM – 8:30 PM (Eastern Time)"; for
     * a viewer in another zone "Tuesdays 4:30 PM – 5:30 PM (Pacific Time) — 7:30 PM Eastern Time, where the group
     * meets". The viewer's day and hours come from converting the group's next meeting (a moment), so that a
     * meeting late in the evening in one zone reads as the next day in another, and daylight saving is right.
     */
    String schedule(PeerGroup g) {
        return schedule(g, Messages.current(), clock.viewerZone());
    }

    String schedule(PeerGroup g, Locale locale, ZoneId viewer) {
        ZonedDateTime there = nextMeeting(g);
        ZonedDateTime seen = there.withZoneSameInstant(viewer);
        String shown = when(g, seen, locale, viewer);
        if (seen.getOffset().equals(there.getOffset())) {
            return capitalised(shown, locale);
        }
        String placeTime = clockTime(there, locale);
        String placeZone = zoneName(g.getZone(), locale);
        String text = seen.getDayOfWeek() == there.getDayOfWeek()
                ? Messages.in(locale, "groups.schedule.elsewhere", shown, placeTime, placeZone)
                : Messages.in(locale, "groups.schedule.elsewhere.day", shown, placeTime, placeZone,
                        day(g, there, locale));
        return capitalised(text, locale);
    }

    /** "Tuesdays 7:30 PM – 8:30 PM (Eastern Time)" or "Every 4 weeks on Thursday 12:00 PM – 1:30 PM (…)". */
    private String when(PeerGroup g, ZonedDateTime start, Locale locale, ZoneId zone) {
        String from = clockTime(start, locale);
        String until = clockTime(start.plusMinutes(g.getDurationMinutes()), locale);
        String zoneName = zoneName(zone, locale);
        return g.getIntervalWeeks() <= 1
                ? Messages.in(locale, "groups.schedule.weekly", day(g, start, locale), from, until, zoneName)
                : Messages.in(locale, "groups.schedule.every", day(g, start, locale), from, until, zoneName,
                        g.getIntervalWeeks());
    }

    /** The day as the schedule names it: "Tuesdays" for a weekly group, "Tuesday" for one every few weeks. */
    private static String day(PeerGroup g, ZonedDateTime start, Locale locale) {
        return g.getIntervalWeeks() <= 1
                ? Messages.in(locale, "groups.schedule.days." + start.getDayOfWeek().name())
                : start.getDayOfWeek().getDisplayName(TextStyle.FULL, Formats.language(locale));
    }

    /** The group's next meeting by its schedule, in its own zone (its first one if it has not begun). */
    ZonedDateTime nextMeeting(PeerGroup g) {
        LocalDate today = clock.instant().atZone(g.getZone()).toLocalDate();
        int step = Math.max(1, g.getIntervalWeeks());
        List<SessionSchedule.Occurrence> next = SessionSchedule.between(g, today, today.plusWeeks(step + 1L),
                g.getZone());
        if (!next.isEmpty()) {
            return next.getFirst().start().atZone(g.getZone());
        }
        LocalDate date = (g.getStartsOn().isAfter(today) ? g.getStartsOn() : today)
                .with(TemporalAdjusters.nextOrSame(g.getDayOfWeek()));
        return ZonedDateTime.of(date, g.getStartTime(), g.getZone());
    }

    /** What the group costs, e.g. "Free" or "Sliding scale: $10–$30 a session", in the current language. */
    static String cost(PeerGroup g) {
        String label = g.getCost().label();
        return g.getCost() == GroupCost.FREE || g.getCostNote() == null ? label
                : Messages.t("groups.cost.with-note", label, g.getCostNote());
    }

    /**
     * A time of day of a group's moment as the current person reads it: in their zone, e.g. "7:40 PM", with the
     * zone named ("4:40 PM PT") when theirs is not the group's.
     */
    String time(Instant instant, PeerGroup g) {
        Locale locale = Messages.current();
        ZoneId viewer = clock.viewerZone();
        ZonedDateTime seen = instant.atZone(viewer);
        if (seen.getOffset().equals(instant.atZone(g.getZone()).getOffset())) {
            return clockTime(seen, locale);
        }
        return clockTime(seen, locale) + " " + SocietyClock.zoneName(seen, Formats.language(locale));
    }

    /** A time of day in the group's own zone, as its emails say it (the zone its members meet in). */
    static String placeTime(Instant instant, PeerGroup g, Locale locale) {
        return clockTime(instant.atZone(g.getZone()), locale);
    }

    /** A wall-clock time in the language's short style ("7:30 PM", "7:30 p.m."), with a plain space. */
    static String clockTime(TemporalAccessor at, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Formats.language(locale)).format(at)
                .replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static String zoneName(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, Formats.language(locale));
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text
                : text.substring(0, 1).toUpperCase(Formats.language(locale)) + text.substring(1);
    }

    SessionView session(GroupSession s, boolean manager, boolean onRoster, boolean withheld, boolean joined) {
        JoinState state = state(s, manager, onRoster, withheld, joined, clock.instant());
        return new SessionView(s.getId(), s.getGroup().getId(), s.getGroup().getName(), s.getStartsAt(),
                s.getEndsAt(), s.getStatus(), s.getCancelReason(), s.isExtra(), state, message(s, state),
                s.getGroup().getZone());
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
        PeerGroup g = s.getGroup();
        return switch (state) {
            case CANCELLED -> s.getCancelReason() == null ? Messages.t("groups.session.cancelled")
                    : Messages.t("groups.session.cancelled.reason", s.getCancelReason());
            case NOT_ON_ROSTER -> Messages.t("groups.session.not-on-roster");
            case MEMBERSHIP_NOT_CURRENT -> Messages.t("groups.session.membership-not-current");
            case ENDED -> Messages.t("groups.session.ended");
            case NO_LINK_YET -> Messages.t("groups.session.no-link-yet");
            case NOT_OPEN_YET -> Messages.t("groups.session.not-open-yet",
                    time(s.getStartsAt().minus(properties.joinOpensBefore()), g));
            case OPEN -> Messages.t("groups.session.open",
                    time(LateJoinLock.locksAt(s.getStartsAt(), g.getLockMinutes()), g));
            case JOINED -> Messages.t("groups.session.joined");
            case LOCKED -> Messages.t("groups.session.locked", time(s.getStartsAt(), g),
                    time(LateJoinLock.locksAt(s.getStartsAt(), g.getLockMinutes()), g));
        };
    }
}
