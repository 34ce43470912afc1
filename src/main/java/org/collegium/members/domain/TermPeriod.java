package org.collegium.members.domain;

import java.time.LocalDate;

/**
 * The dates of one membership term, the grace days that follow it, and what it owes: {@code payBy} is the last day
 * to pay its dues (null when nothing is owed), {@code settledOn} the day a payment or waiver settled them.
 */
public record TermPeriod(LocalDate start, LocalDate end, int graceDays, LocalDate payBy, LocalDate settledOn) {

    /** A term that owes nothing (free, or recorded before dues were tracked). */
    public TermPeriod(LocalDate start, LocalDate end, int graceDays) {
        this(start, end, graceDays, null, null);
    }

    /** A term of the given months starting on a day: it ends the day before the same date months later. */
    public static TermPeriod starting(LocalDate start, int months, int graceDays) {
        return new TermPeriod(start, start.plusMonths(months).minusDays(1), graceDays);
    }

    /** The same dates, owing dues to be paid by a day (null: nothing owed). */
    public TermPeriod owing(LocalDate lastDayToPay) {
        return new TermPeriod(start, end, graceDays, lastDayToPay, null);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public LocalDate lastGraceDay() {
        return end.plusDays(graceDays);
    }

    /** Dues owed and not (yet) paid or waived. */
    public boolean pending() {
        return payBy != null && settledOn == null;
    }

    /**
     * Whether the term counts for status on a day: one that owes nothing or was settled by then counts, and so does
     * one still pending up to and including its pay-by day; unpaid after it, it does not count.
     */
    public boolean countsOn(LocalDate day) {
        return payBy == null || (settledOn != null && !settledOn.isAfter(day)) || !day.isAfter(payBy);
    }
}
