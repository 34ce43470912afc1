package org.collegium.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.collegium.base.service.SocietyZoneOffsets.Offset;
import org.junit.jupiter.api.Test;

/** The offsets written for the database's triggers give the zone's own local time at every instant of the range. */
class SocietyZoneOffsetsTest {

    @Test
    void aZoneWithoutDaylightSavingHasOneOffsetFromTheEarliestInstant() {
        assertThat(SocietyZoneOffsets.offsets(ZoneId.of("UTC")))
                .containsExactly(new Offset(SocietyZoneOffsets.EARLIEST, 0));
        assertThat(SocietyZoneOffsets.offsets(ZoneId.of("Asia/Kolkata")))
                .containsExactly(new Offset(SocietyZoneOffsets.EARLIEST, 19_800));
    }

    @Test
    void theLatestOffsetByAnInstantGivesTheZonesLocalTime() {
        for (String name : List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo")) {
            ZoneId zone = ZoneId.of(name);
            List<Offset> offsets = SocietyZoneOffsets.offsets(zone);
            assertThat(offsets).isSortedAccordingTo((a, b) -> a.fromUtc().compareTo(b.fromUtc()));
            Random random = new Random(name.hashCode());
            for (int i = 0; i < 2_000; i++) {
                LocalDateTime utc = LocalDateTime.of(1970, 1, 1, 0, 0).plusMinutes(random.nextInt(68_000_000));
                // as society_day() reads it: the last offset whose start is not after the instant
                Offset held = offsets.stream().filter(o -> !o.fromUtc().isAfter(utc)).reduce((a, b) -> b).orElseThrow();
                Instant instant = utc.toInstant(ZoneOffset.UTC);
                assertThat(utc.plusSeconds(held.seconds())).as("%s at %s", name, utc)
                        .isEqualTo(LocalDateTime.ofInstant(instant, zone));
            }
        }
    }
}
