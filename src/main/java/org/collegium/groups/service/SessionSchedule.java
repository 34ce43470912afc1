package org.collegium.groups.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.collegium.groups.domain.PeerGroup;

/**
 * The dates and times a group meets, from its schedule, as wall-clock time in the society's zone: 19:30 on a
 * Tuesday stays 19:30 when daylight saving begins or ends (the instant in UTC moves by the hour instead).
 */
public final class SessionSchedule {

    /** One meeting: the society's date, and its start and end as instants. */
    public record Occurrence(LocalDate date, Instant start, Instant end) {
    }

    private SessionSchedule() {
    }

    /** Meetings on dates from {@code from} (inclusive) to {@code until} (exclusive). */
    public static List<Occurrence> between(PeerGroup group, LocalDate from, LocalDate until, ZoneId zone) {
        List<Occurrence> result = new ArrayList<>();
        LocalDate first = group.getStartsOn().with(TemporalAdjusters.nextOrSame(group.getDayOfWeek()));
        int step = Math.max(1, group.getIntervalWeeks());
        LocalDate date = first;
        if (from.isAfter(first)) {
            long weeks = ChronoUnit.WEEKS.between(first, from);
            date = first.plusWeeks(weeks - weeks % step);
        }
        for (; date.isBefore(until); date = date.plusWeeks(step)) {
            if (!date.isBefore(from)) {
                result.add(at(date, group.getStartTime(), group.getDurationMinutes(), zone));
            }
        }
        return result;
    }

    /** A meeting on one date at a wall-clock time (an extra session, or one of the series). */
    public static Occurrence at(LocalDate date, LocalTime start, int minutes, ZoneId zone) {
        // ZonedDateTime.of moves a time that falls in a spring-forward gap to just after it
        ZonedDateTime begins = ZonedDateTime.of(date, start, zone);
        return new Occurrence(date, begins.toInstant(), begins.plusMinutes(minutes).toInstant());
    }
}
