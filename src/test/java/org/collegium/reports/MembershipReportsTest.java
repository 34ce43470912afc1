package org.collegium.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.InvalidInputException;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipStatusRule;
import org.collegium.members.domain.TermPeriod;
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.Breakdown;
import org.collegium.reports.service.MembershipReports.GrowthFilter;
import org.collegium.reports.service.MembershipReports.SummaryFilter;
import org.collegium.reports.service.Months;
import org.collegium.reports.service.ReportResult;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The membership summary and growth figures on known members, exactly; scoping for an affiliate administrator. */
@IntegrationTest
@Transactional // the fixture is rolled back after each test: the demo members other tests count stay as they are
class MembershipReportsTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired MembershipReports reports;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired DemoData demo;

    ReportFixture f;
    long m3;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-06-15T16:00:00Z"));
        roles.actAs("officer@example.org", Role.OFFICER);
        f = new ReportFixture(jdbc);
        long m1 = f.member("Active", LocalDate.of(2025, 12, 1));
        f.term(m1, f.typeA, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long m2 = f.member("Grace", LocalDate.of(2025, 4, 1));
        f.term(m2, f.typeA, LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 31)); // grace until 2026-06-30
        m3 = f.member("Lapsed", LocalDate.of(2023, 12, 1));
        f.term(m3, f.typeB, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)); // lapses 2025-01-31
        long m4 = f.member("Resigned", LocalDate.of(2025, 12, 1));
        f.term(m4, f.typeA, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        f.close(m4, "RESIGNED", LocalDate.of(2026, 3, 1));
        f.member("Applicant", LocalDate.of(2026, 6, 1));
        f.member("Later", LocalDate.of(2026, 7, 1)); // recorded after the day: not counted on it
        long m8 = f.member("Closing", LocalDate.of(2025, 6, 1));
        f.term(m8, f.typeB, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
        f.close(m8, "LAPSED", LocalDate.of(2026, 6, 20)); // recorded lapse after the day: still active on it
        long m9 = f.member("Renewer", LocalDate.of(2024, 6, 1));
        f.term(m9, f.typeA, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30));
        f.term(m9, f.typeB, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)); // renewed without a gap
        long m10 = f.member("Lapsedbyboard", LocalDate.of(2025, 2, 1));
        f.term(m10, f.typeA, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28));
        f.close(m10, "LAPSED", LocalDate.of(2026, 2, 10));
    }

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void aMemberRecordedLateInTheEveningCountsOnTheSocietysDay() {
        // 22:00 on 15 June in New York (the society's zone) is 02:00 UTC on 16 June
        long late = f.member("Evening", DAY);
        jdbc.update("update member set created_at = ? where id = ?", LocalDateTime.of(2026, 6, 16, 2, 0), late);
        assertThat(reports.summary(new SummaryFilter(DAY, f.affiliate, Breakdown.STATUS)).table().rows().getFirst())
                .isEqualTo(List.of("Applicant", 2L));
    }

    @Test
    void countsEachStatusOnTheChosenDayByTheStatusRule() {
        ReportResult result = reports.summary(new SummaryFilter(DAY, f.affiliate, Breakdown.STATUS));
        assertThat(result.table().rows()).containsExactly(List.of("Applicant", 1L), List.of("Active", 3L),
                List.of("Grace period", 1L), List.of("Lapsed", 2L), List.of("Resigned", 1L));
        assertThat(result.chart().categories()).containsExactly("Applicant", "Active", "Grace period", "Lapsed",
                "Resigned");
        assertThat(List.<Object>copyOf(result.chart().series().getFirst().values()))
                .containsExactly(1L, 3L, 1L, 2L, 1L);

        // a year earlier: m1, m4 had not begun (m1 recorded on 2025-12-01, not yet then); m9 was on its first term
        ReportResult earlier = reports.summary(new SummaryFilter(LocalDate.of(2025, 6, 15), f.affiliate,
                Breakdown.STATUS));
        assertThat(earlier.table().rows()).containsExactly(List.of("Applicant", 1L), List.of("Active", 3L),
                List.of("Grace period", 0L), List.of("Lapsed", 1L), List.of("Resigned", 0L));
    }

    @Test
    void countsByTypeAndAffiliateAndAllThree() {
        assertThat(reports.summary(new SummaryFilter(DAY, f.affiliate, Breakdown.TYPE)).table().rows())
                .containsExactly(List.of("(none)", 1L), List.of(f.typeName(f.typeA), 4L),
                        List.of(f.typeName(f.typeB), 3L));
        assertThat(reports.summary(new SummaryFilter(DAY, f.affiliate, Breakdown.AFFILIATE)).table().rows())
                .containsExactly(List.of(f.affiliateShortName(), 8L));
        ReportResult all = reports.summary(new SummaryFilter(DAY, f.affiliate, Breakdown.ALL));
        assertThat(all.chart()).isNull();
        assertThat(all.table().rows()).containsExactly(
                List.of(f.affiliateShortName(), "(none)", "Applicant", 1L),
                List.of(f.affiliateShortName(), f.typeName(f.typeA), "Active", 1L),
                List.of(f.affiliateShortName(), f.typeName(f.typeA), "Grace period", 1L),
                List.of(f.affiliateShortName(), f.typeName(f.typeA), "Lapsed", 1L),
                List.of(f.affiliateShortName(), f.typeName(f.typeA), "Resigned", 1L),
                List.of(f.affiliateShortName(), f.typeName(f.typeB), "Active", 2L),
                List.of(f.affiliateShortName(), f.typeName(f.typeB), "Lapsed", 1L));
    }

    @Test
    void joinsRenewalsAndLapsesPerMonth() {
        ReportResult growth = reports.growth(new GrowthFilter(
                new Months(YearMonth.of(2024, 1), YearMonth.of(2026, 6)), f.affiliate));
        assertThat(growth.table().rows()).hasSize(30);
        List<List<Object>> nonZero = growth.table().rows().stream()
                .filter(r -> (long) r.get(1) + (long) r.get(2) + (long) r.get(3) > 0).toList();
        assertThat(nonZero).containsExactly(
                List.of("2024-01", 1L, 0L, 0L),  // m3 joins
                List.of("2024-07", 1L, 0L, 0L),  // m9 joins
                List.of("2025-01", 0L, 0L, 1L),  // m3 lapses the day after its 30 grace days
                List.of("2025-03", 1L, 0L, 0L),  // m10 joins
                List.of("2025-05", 1L, 0L, 0L),  // m2 joins
                List.of("2025-07", 1L, 1L, 0L),  // m8 joins, m9 renews (so no lapse for m9)
                List.of("2026-01", 2L, 0L, 0L),  // m1, m4 join
                List.of("2026-02", 0L, 0L, 1L)); // the board lapses m10 (its own lapse in March is not counted)
        assertThat(growth.chart().series()).extracting(s -> s.name()).containsExactly("Joins", "Renewals", "Lapses");
        // m2's grace ends on 2026-06-30 and m8's recorded lapse is on 2026-06-20: both after today, not counted
    }

    @Test
    void theBoardsFiguresForAllAffiliatesIncludeTheFixtureExactlyOnce() {
        roles.actAs("board@example.org", Role.BOARD);
        long withFixture = total(reports.summary(new SummaryFilter(DAY, null, Breakdown.STATUS)));
        jdbc.update("update member set affiliate_id = null where affiliate_id = ?", f.affiliate);
        long stillCounted = total(reports.summary(new SummaryFilter(DAY, null, Breakdown.STATUS)));
        assertThat(stillCounted).as("members of no affiliate count in the whole society").isEqualTo(withFixture);
        assertThat(total(reports.summary(new SummaryFilter(DAY, f.affiliate, Breakdown.STATUS)))).isZero();
    }

    @Test
    void theBoardsGrowthForAllAffiliatesCountsTheFixtureExactlyOnce() {
        Months range = new Months(YearMonth.of(2024, 1), YearMonth.of(2026, 6));
        List<List<Object>> fixture = reports.growth(new GrowthFilter(range, f.affiliate)).table().rows();
        roles.actAs("board@example.org", Role.BOARD);
        List<List<Object>> withFixture = reports.growth(new GrowthFilter(range, null)).table().rows();
        jdbc.update("update member set closed_status = null, closed_on = null where affiliate_id = ?", f.affiliate);
        jdbc.update("delete t from membership_term t join member m on m.id = t.member_id where m.affiliate_id = ?",
                f.affiliate);
        List<List<Object>> without = reports.growth(new GrowthFilter(range, null)).table().rows();
        for (int month = 0; month < fixture.size(); month++) {
            for (int c = 1; c <= 3; c++) {
                assertThat((long) withFixture.get(month).get(c) - (long) without.get(month).get(c))
                        .as(fixture.get(month).getFirst() + " column " + c).isEqualTo(fixture.get(month).get(c));
            }
        }
    }

    @Test
    void anAffiliateAdministratorGetsOnlyTheirOwnAffiliatesFigures() {
        f.administeredBy("affiliate@example.org");
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        long cgps = demo.affiliateId("CGPS");
        // asks for all affiliates, then for another one: gets their own either way
        for (Long asked : new Long[] {null, cgps}) {
            ReportResult result = reports.summary(new SummaryFilter(DAY, asked, Breakdown.AFFILIATE));
            assertThat(result.table().rows()).containsExactly(List.of(f.affiliateShortName(), 8L));
        }
        ReportResult growth = reports.growth(new GrowthFilter(
                new Months(YearMonth.of(2026, 1), YearMonth.of(2026, 1)), cgps));
        assertThat(growth.table().rows()).containsExactly(List.of("2026-01", 2L, 0L, 0L));
    }

    @Test
    void onlyTheBoardOfficersAdministratorsAndAffiliateAdministratorsRunReports() {
        for (Role role : List.of(Role.MEMBER, Role.FACILITATOR)) {
            roles.actAs("member@example.org", role);
            assertThatThrownBy(() -> reports.summary(new SummaryFilter(DAY, null, Breakdown.STATUS)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.growth(new GrowthFilter(
                    new Months(YearMonth.of(2026, 1), YearMonth.of(2026, 1)), null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aReversedOrTooLongRangeIsRefusedWithAReason() {
        assertThatThrownBy(() -> reports.growth(new GrowthFilter(
                new Months(YearMonth.of(2026, 5), YearMonth.of(2026, 1)), null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("to"));
        assertThatThrownBy(() -> reports.growth(new GrowthFilter(
                new Months(YearMonth.of(2000, 1), YearMonth.of(2026, 1)), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.summary(new SummaryFilter(null, null, Breakdown.STATUS)))
                .isInstanceOf(InvalidInputException.class);
    }

    /**
     * The SQL and the Java rule agree: random term histories (gaps, renewals, grace days, resignations and lapses
     * recorded by the board) counted on random days by the report and by {@link MembershipStatusRule} one by one.
     */
    @Test
    void theSqlStatusAgreesWithTheStatusRuleOnRandomHistories() {
        ReportFixture r = new ReportFixture(jdbc);
        Random random = new Random(20_261_124L);
        LocalDate origin = LocalDate.of(2023, 1, 1);
        record History(LocalDate recorded, List<TermPeriod> terms, MembershipStatus closed, LocalDate closedOn) {
        }
        List<History> histories = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            LocalDate recorded = origin.plusDays(random.nextInt(900));
            long member = r.member("Random" + i, recorded);
            List<TermPeriod> terms = new ArrayList<>();
            LocalDate start = recorded.plusDays(random.nextInt(60) - 30);
            for (int t = random.nextInt(4); t > 0; t--) {
                TermPeriod dates = TermPeriod.starting(start, 1 + random.nextInt(12), random.nextInt(61));
                // a third owe dues, to be paid by a day; of those, half were paid, before or after that day
                LocalDate payBy = random.nextInt(3) == 0 ? dates.start().plusDays(random.nextInt(45)) : null;
                LocalDate settled = payBy != null && random.nextBoolean() ? payBy.plusDays(random.nextInt(40) - 20)
                        : null;
                TermPeriod period = new TermPeriod(dates.start(), dates.end(), dates.graceDays(), payBy, settled);
                r.term(member, random.nextBoolean() ? r.typeA : r.typeB, period);
                terms.add(period);
                start = period.end().plusDays(1 + (random.nextBoolean() ? 0 : random.nextInt(120)));
            }
            MembershipStatus closed = null;
            LocalDate closedOn = null;
            if (random.nextInt(4) == 0) {
                closed = random.nextBoolean() ? MembershipStatus.RESIGNED : MembershipStatus.LAPSED;
                closedOn = recorded.plusDays(random.nextInt(700));
                r.close(member, closed.name(), closedOn);
            }
            histories.add(new History(recorded, terms, closed, closedOn));
        }
        for (int d = 0; d < 12; d++) {
            LocalDate day = origin.plusDays(random.nextInt(1400));
            Map<String, Long> expected = new TreeMap<>();
            for (History h : histories) {
                boolean onTheBooks = !h.recorded().isAfter(day)
                        || h.terms().stream().anyMatch(t -> !t.start().isAfter(day));
                if (onTheBooks) {
                    MembershipStatus status = MembershipStatusRule.statusOn(day, h.terms(), h.closed(), h.closedOn());
                    expected.merge(status.label(), 1L, Long::sum);
                }
            }
            Map<String, Long> counted = new TreeMap<>();
            reports.summary(new SummaryFilter(day, r.affiliate, Breakdown.STATUS)).table().rows().stream()
                    .filter(row -> (Long) row.get(1) > 0)
                    .forEach(row -> counted.put((String) row.get(0), (Long) row.get(1)));
            assertThat(counted).as(day.toString()).isEqualTo(expected);
        }
    }

    private static long total(ReportResult result) {
        return result.table().rows().stream().mapToLong(r -> (Long) r.getLast()).sum();
    }
}
