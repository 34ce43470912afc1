package org.collegium.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.service.LateJoinLock;
import org.collegium.groups.service.SessionSchedule;
import org.collegium.groups.service.SessionSchedule.Occurrence;
import org.junit.jupiter.api.Test;

/** The schedule as wall-clock time in the society's zone, and the late-join lock at its boundary. */
class SessionScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static PeerGroup tuesdayEvenings(LocalDate startsOn) {
        return new PeerGroup("Tuesday", GroupKind.SUPPORT, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 60,
                GroupFormat.ONLINE, startsOn);
    }

    @Test
    void staysAtHalfPastSevenWhenDaylightSavingEnds() {
        // daylight saving ends in New York on Sunday 1 November 2026
        List<Occurrence> weeks = SessionSchedule.between(tuesdayEvenings(LocalDate.of(2026, 10, 1)),
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 11), NEW_YORK);
        assertThat(weeks).extracting(Occurrence::date).containsExactly(LocalDate.of(2026, 10, 20),
                LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10));
        assertThat(weeks).extracting(Occurrence::start).containsExactly(Instant.parse("2026-10-20T23:30:00Z"),
                Instant.parse("2026-10-27T23:30:00Z"), Instant.parse("2026-11-04T00:30:00Z"),
                Instant.parse("2026-11-11T00:30:00Z"));
        assertThat(weeks).allSatisfy(o -> {
            assertThat(o.start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(19, 30));
            assertThat(Duration.between(o.start(), o.end())).isEqualTo(Duration.ofMinutes(60));
        });
    }

    @Test
    void staysAtHalfPastSevenWhenDaylightSavingBegins() {
        // daylight saving begins in New York on Sunday 14 March 2027
        List<Occurrence> weeks = SessionSchedule.between(tuesdayEvenings(LocalDate.of(2027, 1, 5)),
                LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 17), NEW_YORK);
        assertThat(weeks).extracting(Occurrence::start).containsExactly(Instant.parse("2027-03-10T00:30:00Z"),
                Instant.parse("2027-03-16T23:30:00Z"));
    }

    @Test
    void aTimeInTheSpringForwardGapMovesPastIt() {
        Occurrence o = SessionSchedule.at(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), 60, NEW_YORK);
        assertThat(o.start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(Duration.between(o.start(), o.end())).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void aMonthlyGroupMeetsEveryFourthWeekCountedFromItsFirstSession() {
        PeerGroup monthly = tuesdayEvenings(LocalDate.of(2026, 9, 1));
        monthly.schedule(DayOfWeek.THURSDAY, LocalTime.NOON, 90, 4, LocalDate.of(2026, 9, 1));
        List<Occurrence> sessions = SessionSchedule.between(monthly, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), NEW_YORK);
        // first Thursday on or after 1 Sep is 3 Sep; then every 28 days
        assertThat(sessions).extracting(Occurrence::date).containsExactly(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 24));
    }

    @Test
    void nothingBeforeTheFirstSession() {
        assertThat(SessionSchedule.between(tuesdayEvenings(LocalDate.of(2026, 11, 1)), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 4), NEW_YORK)).extracting(Occurrence::date)
                .containsExactly(LocalDate.of(2026, 11, 3));
    }

    @Test
    void theLockFallsExactlyNMinutesAfterTheStart() {
        Instant start = Instant.parse("2026-11-24T00:30:00Z");
        Instant lock = start.plus(Duration.ofMinutes(10));
        assertThat(LateJoinLock.isLocked(start, 10, lock.minusSeconds(1))).isFalse();
        assertThat(LateJoinLock.isLocked(start, 10, lock)).isTrue();
        assertThat(LateJoinLock.isLocked(start, 10, lock.plusSeconds(1))).isTrue();
        Instant end = start.plus(Duration.ofHours(1));
        Duration opens = Duration.ofMinutes(30);
        assertThat(LateJoinLock.mayOpen(start, end, 10, opens, lock, true)).as("joined in time").isTrue();
        assertThat(LateJoinLock.mayOpen(start, end, 10, opens, end, true)).as("after the end").isFalse();
        assertThat(LateJoinLock.mayOpen(start, end, 10, opens, start.minus(opens).minusSeconds(1), false)).isFalse();
        assertThat(LateJoinLock.mayOpen(start, end, 10, opens, start.minus(opens), false)).isTrue();
    }
}
