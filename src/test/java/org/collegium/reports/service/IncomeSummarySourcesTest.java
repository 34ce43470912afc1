package org.collegium.reports.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The income sources read from their summaries (V150, V151) give the same day-by-day figures as the same sources
 * read from the payments and registrations themselves, over everything the test database holds, in zones behind
 * and ahead of UTC and across daylight-saving changes; and a zone whose midnight is not on a quarter hour falls
 * back to the registrations.
 */
@IntegrationTest
class IncomeSummarySourcesTest {

    @Autowired NamedParameterJdbcTemplate jdbc;

    @Test
    void theSummariesGiveTheSameDaysAsTheRawRows() {
        LocalDate from = LocalDate.now().minusYears(3);
        LocalDate to = LocalDate.now().plusYears(1);
        for (String zone : List.of("America/New_York", "UTC", "Asia/Kolkata", "Australia/Adelaide")) {
            assertThat(rows(new DuesIncome().select(local(zone, from, to)), zone, from, to))
                    .as("dues in %s", zone)
                    .isEqualTo(rows(DuesIncome.fromPayments(), zone, from, to));
            assertThat(rows(new EventIncome().select(local(zone, from, to)), zone, from, to))
                    .as("event registrations in %s", zone)
                    .isEqualTo(rows(EventIncome.fromRegistrations(local(zone, from, to)), zone, from, to));
        }
    }

    @Test
    void aZoneOffTheQuarterHoursReadsTheRegistrations() {
        LocalDate day = LocalDate.of(1890, 6, 1); // Amsterdam kept local mean time then: +00:19:32
        LocalTimeSql local = local("Europe/Amsterdam", day, day);
        assertThat(local.onQuarterHours()).isFalse();
        assertThat(new EventIncome().select(local)).isEqualTo(EventIncome.fromRegistrations(local));
        assertThat(local("America/New_York", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)).onQuarterHours())
                .as("a range over both daylight-saving changes").isTrue();
    }

    private static LocalTimeSql local(String zone, LocalDate from, LocalDate to) {
        Days days = new Days(from, to);
        return new LocalTimeSql(ZoneId.of(zone), days.start(ZoneId.of(zone)), days.end(ZoneId.of(zone)));
    }

    /** A source's rows summed per day, category and affiliate, as text. */
    private List<String> rows(String select, String zone, LocalDate from, LocalDate to) {
        Days days = new Days(from, to);
        ZoneId id = ZoneId.of(zone);
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("start", days.start(id));
        params.put("end", days.end(id));
        local(zone, from, to).bind(params);
        return jdbc.query("select paid_on, category, affiliate_id, sum(amount), sum(payments) from (" + select
                + ") s group by 1, 2, 3 order by 1, 2, 3", params, (rs, i) -> List.of(rs.getString(1),
                        String.valueOf(rs.getString(2)), String.valueOf(rs.getObject(3)),
                        rs.getBigDecimal(4).setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
                        Long.toString(rs.getLong(5))).stream().collect(Collectors.joining(" | ")))
                .stream().filter(r -> !r.endsWith(" | " + BigDecimal.ZERO.setScale(2) + " | 0")).toList();
    }
}
