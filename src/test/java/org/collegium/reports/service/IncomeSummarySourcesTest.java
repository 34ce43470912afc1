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

    /**
     * The amounts a total reads (V160: whole UTC months and days, quarter hours only at the edges) sum, per
     * affiliate, to the same as the sources' rows, over ranges from a day to years, in zones behind and ahead of UTC
     * and across daylight-saving changes.
     */
    @Test
    void theCoarseSummariesGiveTheSameTotalsAsTheRawRows() {
        java.util.Random random = new java.util.Random(15);
        for (String zone : List.of("America/New_York", "UTC", "Asia/Kolkata", "Australia/Adelaide")) {
            for (int i = 0; i < 6; i++) {
                LocalDate from = LocalDate.now().minusYears(2).plusDays(random.nextInt(800));
                LocalDate to = from.plusDays(i == 0 ? 0 : random.nextInt(i < 3 ? 40 : 500));
                for (IncomeSource source : List.of(new DuesIncome(), new EventIncome())) {
                    LocalTimeSql local = local(zone, from, to);
                    assertThat(totals(source.amounts(local), zone, from, to))
                            .as("%s from %s to %s in %s", source.name(), from, to, zone)
                            .isEqualTo(totals("select s.amount, s.affiliate_id from (" + source.select(local)
                                    + ") s", zone, from, to));
                }
            }
        }
        assertThat(UtcLevels.of(java.time.LocalDateTime.of(2026, 1, 31, 5, 0),
                java.time.LocalDateTime.of(2026, 4, 1, 4, 0)))
                .as("a range split into its edges, days and months").isEqualTo(new UtcLevels(
                        java.time.LocalDateTime.of(2026, 1, 31, 5, 0), java.time.LocalDateTime.of(2026, 4, 1, 4, 0),
                        java.time.LocalDateTime.of(2026, 2, 1, 0, 0), java.time.LocalDateTime.of(2026, 4, 1, 0, 0),
                        java.time.LocalDateTime.of(2026, 2, 1, 0, 0), java.time.LocalDateTime.of(2026, 4, 1, 0, 0)));
    }

    /** A select's amounts summed per affiliate, as text. */
    private List<String> totals(String select, String zone, LocalDate from, LocalDate to) {
        Days days = new Days(from, to);
        ZoneId id = ZoneId.of(zone);
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("start", days.start(id));
        params.put("end", days.end(id));
        local(zone, from, to).bind(params);
        UtcLevels.of(days.start(id), days.end(id)).bind(params);
        return jdbc.query("select affiliate_id, sum(amount) from (" + select
                + ") s group by 1 having sum(amount) <> 0 order by 1", params,
                (rs, i) -> rs.getObject(1) + " | " + rs.getBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY)
                        .toPlainString());
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
