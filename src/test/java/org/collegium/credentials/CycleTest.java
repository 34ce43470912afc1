package org.collegium.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.collegium.credentials.domain.Cycle;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.domain.RequirementProfile;
import org.junit.jupiter.api.Test;

/** Cycle arithmetic: issue-date, birth-month and fixed-date cycles, leap days, month ends, days before the start. */
class CycleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static RequirementProfile profile(int months, CycleStart start, LocalDate fixed) {
        RequirementProfile p = new RequirementProfile("Test");
        p.define("Test", months, start, fixed, new BigDecimal("20"), null, List.of());
        return p;
    }

    @Test
    void issueDateCyclesRepeatFromTheIssueDateAndEndTheDayBeforeTheNextStarts() {
        LocalDate issued = d("2023-06-15");
        assertThat(Cycle.containing(issued, 24, d("2023-06-15"))).isEqualTo(new Cycle(d("2023-06-15"),
                d("2025-06-14")));
        assertThat(Cycle.containing(issued, 24, d("2025-06-14"))).isEqualTo(new Cycle(d("2023-06-15"),
                d("2025-06-14")));
        assertThat(Cycle.containing(issued, 24, d("2025-06-15"))).isEqualTo(new Cycle(d("2025-06-15"),
                d("2027-06-14")));
        assertThat(Cycle.containing(issued, 24, d("2031-01-01")).start()).isEqualTo(d("2029-06-15"));
    }

    @Test
    void aCycleStartingOnTheTwentyNinthOfFebruaryStartsOnTheTwentyEighthInCommonYearsAndNeverDrifts() {
        LocalDate leap = d("2024-02-29");
        assertThat(Cycle.containing(leap, 24, d("2025-12-31"))).isEqualTo(new Cycle(leap, d("2026-02-27")));
        assertThat(Cycle.containing(leap, 24, d("2026-02-28"))).isEqualTo(new Cycle(d("2026-02-28"),
                d("2028-02-28")));
        // four years on it is the 29th again, not the 28th carried forward
        assertThat(Cycle.containing(leap, 24, d("2028-02-29"))).isEqualTo(new Cycle(d("2028-02-29"),
                d("2030-02-27")));
        assertThat(Cycle.containing(leap, 12, d("2025-02-28")).start()).isEqualTo(d("2025-02-28"));
    }

    @Test
    void monthEndAnchorsKeepTheirDayWhereTheMonthHasIt() {
        LocalDate jan31 = d("2025-01-31");
        Cycle first = Cycle.containing(jan31, 1, d("2025-02-10"));
        assertThat(first).isEqualTo(new Cycle(jan31, d("2025-02-27")));
        assertThat(Cycle.containing(jan31, 1, d("2025-03-30")).start()).isEqualTo(d("2025-02-28"));
        assertThat(Cycle.containing(jan31, 1, d("2025-03-31")).start()).isEqualTo(d("2025-03-31"));
    }

    @Test
    void birthMonthCyclesEndOnTheLastDayOfTheBirthMonthIncludingTheTwentyNinthOfFebruary() {
        RequirementProfile ny = profile(36, CycleStart.BIRTH_MONTH, null);
        Cycle april = Cycle.of(ny, d("2021-06-01"), Month.APRIL, d("2026-12-02"));
        assertThat(april).isEqualTo(new Cycle(d("2024-05-01"), d("2027-04-30")));
        Cycle feb = Cycle.of(ny, d("2025-01-10"), Month.FEBRUARY, d("2026-12-02"));
        assertThat(feb).isEqualTo(new Cycle(d("2024-03-01"), d("2027-02-28")));
        Cycle febLeap = Cycle.of(ny, d("2022-01-10"), Month.FEBRUARY, d("2023-06-01"));
        assertThat(febLeap).isEqualTo(new Cycle(d("2021-03-01"), d("2024-02-29")));
        // issued in the birth month itself: the cycle containing the issue date, ending with that month
        assertThat(Cycle.of(ny, d("2024-04-30"), Month.APRIL, d("2024-04-30"))).isEqualTo(
                new Cycle(d("2023-05-01"), d("2026-04-30")));
        assertThat(Cycle.of(ny, d("2024-05-01"), Month.APRIL, d("2024-05-01"))).isEqualTo(
                new Cycle(d("2024-05-01"), d("2027-04-30")));
        // December birth month: the cycle starts on 1 January
        assertThat(Cycle.of(ny, d("2024-02-01"), Month.DECEMBER, d("2025-01-01")))
                .isEqualTo(new Cycle(d("2024-01-01"), d("2026-12-31")));
    }

    @Test
    void fixedDateCyclesRepeatFromTheProfilesDateForEveryone() {
        RequirementProfile nc = profile(24, CycleStart.FIXED_DATE, d("2024-01-01"));
        assertThat(Cycle.of(nc, null, null, d("2026-12-02"))).isEqualTo(new Cycle(d("2026-01-01"), d("2027-12-31")));
        assertThat(Cycle.of(nc, null, null, d("2025-12-31"))).isEqualTo(new Cycle(d("2024-01-01"), d("2025-12-31")));
        assertThat(Cycle.of(nc, null, null, d("2028-01-01")).start()).isEqualTo(d("2028-01-01"));
    }

    @Test
    void aDayBeforeTheAnchorGetsTheFirstCycle() {
        assertThat(Cycle.containing(d("2026-03-01"), 24, d("2026-01-15")))
                .isEqualTo(new Cycle(d("2026-03-01"), d("2028-02-29")));
    }

    @Test
    void daysLeftCountsToTheLastDay() {
        Cycle c = new Cycle(d("2026-01-01"), d("2026-12-31"));
        assertThat(c.daysLeft(d("2026-12-31"))).isZero();
        assertThat(c.daysLeft(d("2026-12-01"))).isEqualTo(30);
        assertThatThrownBy(() -> Cycle.containing(d("2026-01-01"), 0, d("2026-02-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
