package org.collegium.groups.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.PeerGroup;
import org.junit.jupiter.api.Test;

/** A group's schedule in the viewer's language and zone, the group's own beside it; the day may change. */
class GroupScheduleTextTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final GroupViews views = new GroupViews(
            new SocietyClock(Clock.fixed(Instant.parse("2026-10-20T16:00:00Z"), ZoneOffset.UTC), null), null);

    private static PeerGroup group(DayOfWeek day, LocalTime start, ZoneId zone) {
        PeerGroup g = new PeerGroup("Tuesday group", GroupKind.SUPPORT, day, start, 60, GroupFormat.ONLINE,
                LocalDate.of(2026, 9, 1));
        g.setZone(zone);
        return g;
    }

    @Test
    void inTheGroupsOwnZoneTheScheduleReadsAsBefore() {
        assertThat(views.schedule(group(DayOfWeek.TUESDAY, LocalTime.of(19, 30), NEW_YORK), Messages.ENGLISH,
                NEW_YORK)).isEqualTo("Tuesdays 7:30 PM – 8:30 PM (Eastern Time)");
    }

    @Test
    void aViewerElsewhereReadsTheirOwnTimeWithTheGroupsBesideIt() {
        assertThat(views.schedule(group(DayOfWeek.TUESDAY, LocalTime.of(19, 30), NEW_YORK), Messages.ENGLISH,
                LOS_ANGELES)).isEqualTo("Tuesdays 4:30 PM – 5:30 PM (Pacific Time) — 7:30 PM Eastern Time, "
                        + "where the group meets");
    }

    @Test
    void theDayChangesWhenTheMomentFallsOnAnotherDayInTheViewersZone() {
        String text = views.schedule(group(DayOfWeek.TUESDAY, LocalTime.of(19, 30), NEW_YORK), Messages.ENGLISH,
                MADRID);
        assertThat(text).startsWith("Wednesdays 1:30 AM – 2:30 AM").contains("Tuesdays 7:30 PM Eastern Time");
    }

    @Test
    void inSpanishTheDaysAndTimesAreSpanish() {
        assertThat(views.schedule(group(DayOfWeek.TUESDAY, LocalTime.of(19, 30), NEW_YORK), Messages.SPANISH,
                NEW_YORK)).startsWith("Los martes de 7:30 p.").contains("hora oriental");
    }
}
