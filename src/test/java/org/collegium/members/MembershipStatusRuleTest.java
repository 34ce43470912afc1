package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipStatusRule;
import org.collegium.members.domain.TermPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status rule at its edges: the last day, the grace boundary, leap years, closures. */
class MembershipStatusRuleTest {

    /** A 12-month term from 2026-01-01 (ends 2026-12-31) with 30 grace days (last grace day 2027-01-30). */
    private static final List<TermPeriod> ONE_TERM = List.of(TermPeriod.starting(LocalDate.of(2026, 1, 1), 12, 30));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-12-31, APPLICANT",   // before the first term begins
        "2026-01-01, ACTIVE",      // first day
        "2026-12-31, ACTIVE",      // last day of the term
        "2027-01-01, GRACE",       // the day after it ends
        "2027-01-30, GRACE",       // last grace day
        "2027-01-31, LAPSED",      // the day after grace
        "2030-06-01, LAPSED"
    })
    void oneTermWithGrace(LocalDate day, MembershipStatus expected) {
        assertThat(MembershipStatusRule.statusOn(day, ONE_TERM, null, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "term from {0} for {1} months ends {2}")
    @CsvSource({
        "2026-01-01, 12, 2026-12-31",
        "2024-02-29, 12, 2025-02-27",  // leap day start: the anniversary is Feb 28, the term ends the day before
        "2023-03-01, 12, 2024-02-29",  // ends on a leap day
        "2026-01-31, 1, 2026-02-27",   // a month from Jan 31 reaches Feb 28
        "2026-07-15, 24, 2028-07-14"
    })
    void termEnds(LocalDate start, int months, LocalDate end) {
        assertThat(TermPeriod.starting(start, months, 0).end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "leap-year grace: {0} -> {1}")
    @CsvSource({
        "2024-02-28, ACTIVE",   // term 2023-03-01..2024-02-29 covers the 28th
        "2024-02-29, ACTIVE",   // and the leap day itself
        "2024-03-01, GRACE",
        "2024-03-07, GRACE",    // 7 grace days: Mar 1..Mar 7
        "2024-03-08, LAPSED"
    })
    void leapYearEdges(LocalDate day, MembershipStatus expected) {
        List<TermPeriod> terms = List.of(TermPeriod.starting(LocalDate.of(2023, 3, 1), 12, 7));
        assertThat(MembershipStatusRule.statusOn(day, terms, null, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "renewed: {0} -> {1}")
    @CsvSource({
        "2026-12-31, ACTIVE",
        "2027-01-01, ACTIVE",   // the renewal starts the day after: no grace in between
        "2027-12-31, ACTIVE",
        "2028-01-01, GRACE"
    })
    void backToBackTermsStayActive(LocalDate day, MembershipStatus expected) {
        List<TermPeriod> terms = List.of(TermPeriod.starting(LocalDate.of(2026, 1, 1), 12, 30),
                TermPeriod.starting(LocalDate.of(2027, 1, 1), 12, 30));
        assertThat(MembershipStatusRule.statusOn(day, terms, null, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "first term owed, pay by 2026-01-31, paid {1}: on {0} -> {2}")
    @CsvSource({
        "2026-01-15, ,           ACTIVE",   // pending, within the time to pay
        "2026-01-31, ,           ACTIVE",   // pending on the last day to pay
        "2026-02-01, ,           LAPSED",   // unpaid the day after: approved, never paid
        "2026-06-01, ,           LAPSED",
        "2026-01-31, 2026-01-20, ACTIVE",
        "2026-06-01, 2026-01-20, ACTIVE",   // paid in time: an ordinary term
        "2026-02-10, 2026-03-05, LAPSED",   // paid late: not yet counting on the 10th...
        "2026-03-05, 2026-03-05, ACTIVE",   // ...and counting again from the payment's day
        "2027-01-30, 2026-03-05, GRACE"
    })
    void aTermPendingPaymentCountsUntilItsLastDayToPay(LocalDate day, LocalDate settledOn, MembershipStatus expected) {
        TermPeriod term = TermPeriod.starting(LocalDate.of(2026, 1, 1), 12, 30);
        List<TermPeriod> terms = List.of(new TermPeriod(term.start(), term.end(), 30, LocalDate.of(2026, 1, 31),
                settledOn));
        assertThat(MembershipStatusRule.statusOn(day, terms, null, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "renewal owed, pay by 2027-01-31: on {0} -> {1}")
    @CsvSource({
        "2027-01-31, ACTIVE",   // the unpaid renewal still counts on its last day to pay
        "2027-02-01, GRACE",    // then only the paid term counts, in its 45 grace days (to 2027-02-14)
        "2027-03-01, LAPSED"
    })
    void anUnpaidRenewalFallsBackToThePaidTerm(LocalDate day, MembershipStatus expected) {
        List<TermPeriod> terms = List.of(TermPeriod.starting(LocalDate.of(2026, 1, 1), 12, 45),
                TermPeriod.starting(LocalDate.of(2027, 1, 1), 12, 30).owing(LocalDate.of(2027, 1, 31)));
        assertThat(MembershipStatusRule.statusOn(day, terms, null, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "resigned from 2026-06-15, on {0} -> {1}")
    @CsvSource({
        "2026-06-14, ACTIVE",
        "2026-06-15, RESIGNED",
        "2030-01-01, RESIGNED"
    })
    void aResignationDecidesFromItsDay(LocalDate day, MembershipStatus expected) {
        assertThat(MembershipStatusRule.statusOn(day, ONE_TERM, MembershipStatus.RESIGNED, LocalDate.of(2026, 6, 15)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "renewing on {0} starts {1}")
    @CsvSource({
        "2026-11-20, 2027-01-01",  // early: the day after the current term
        "2027-01-10, 2027-01-10",  // in grace: today (the lapsed days are not charged)
        "2028-05-05, 2028-05-05"   // long lapsed: today
    })
    void renewalStarts(LocalDate today, LocalDate start) {
        assertThat(MembershipStatusRule.renewalStart(today, ONE_TERM)).isEqualTo(start);
    }
}
