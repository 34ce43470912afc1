package org.collegium.credentials.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One cycle of a credential, [start, end] both included, and the arithmetic that finds the cycle a date falls in.
 * Cycles repeat every {@code months} months from an anchor (the profile's fixed date, the licence's issue date, or
 * the first day after the birth month), each start computed from the anchor itself so that nothing drifts: a cycle
 * anchored on 29 February starts on 28 February in common years and on 29 February again in leap years.
 */
public record Cycle(LocalDate start, LocalDate end) {

    public Cycle {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A cycle ends after it starts: " + start + " " + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Days from {@code today} to the end (0 on the last day, negative once it is over). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, end);
    }

    /**
     * The cycle containing {@code day}, of cycles every {@code months} months from {@code anchor}; a day before the
     * anchor gets the first cycle (a credential recorded before it is issued).
     */
    public static Cycle containing(LocalDate anchor, int months, LocalDate day) {
        if (months < 1) {
            throw new IllegalArgumentException("A cycle is at least one month: " + months);
        }
        long k = Math.max(0, ChronoUnit.MONTHS.between(anchor, day) / months);
        while (k > 0 && startOf(anchor, months, k).isAfter(day)) {
            k--;
        }
        while (!startOf(anchor, months, k + 1).isAfter(day)) {
            k++;
        }
        return new Cycle(startOf(anchor, months, k), startOf(anchor, months, k + 1).minusDays(1));
    }

    private static LocalDate startOf(LocalDate anchor, int months, long k) {
        return anchor.plusMonths(k * months);
    }

    /**
     * The anchor of birth-month cycles: the first day of the month after the birth month, the last one on or before
     * {@code issued}, so that every cycle ends on the last day of the birth month (29 February in a leap year).
     */
    public static LocalDate birthMonthAnchor(Month birthMonth, LocalDate issued) {
        LocalDate candidate = YearMonth.of(issued.getYear(), birthMonth).plusMonths(1).atDay(1);
        return candidate.isAfter(issued) ? candidate.minusYears(1) : candidate;
    }

    /**
     * The cycle of a credential on a profile that contains {@code day}. Never fails on a credential whose dates no
     * longer fit its profile (the profile's start rule was changed after it was recorded): a birth-month profile
     * without a birth month counts from the issue date, and a missing date from 1 January of the day's year, until
     * the member completes the credential.
     */
    public static Cycle of(RequirementProfile profile, LocalDate issued, Month birthMonth, LocalDate day) {
        LocalDate anchor = switch (profile.getCycleStart()) {
            case FIXED_DATE -> profile.getFixedStart();
            case ISSUE_DATE -> issued;
            case BIRTH_MONTH -> birthMonth == null ? issued : birthMonthAnchor(birthMonth, issued != null ? issued : day);
        };
        if (anchor == null) {
            anchor = issued != null ? issued : LocalDate.of(day.getYear(), 1, 1);
        }
        return containing(anchor, profile.getCycleMonths(), day);
    }
}
