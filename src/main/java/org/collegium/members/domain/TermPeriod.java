package org.collegium.members.domain;

import java.time.LocalDate;

/** The dates of one membership term and the grace days that follow it. */
public record TermPeriod(LocalDate start, LocalDate end, int graceDays) {

    /** A term of the given months starting on a day: it ends the day before the same date months later. */
    public static TermPeriod starting(LocalDate start, int months, int graceDays) {
        return new TermPeriod(start, start.plusMonths(months).minusDays(1), graceDays);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public LocalDate lastGraceDay() {
        return end.plusDays(graceDays);
    }
}
