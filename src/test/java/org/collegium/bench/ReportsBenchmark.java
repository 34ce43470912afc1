package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.dashboard.service.HomeCards;
import org.collegium.reports.service.IncomeReports;
import org.collegium.reports.service.IncomeReports.IncomeFilter;
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.Breakdown;
import org.collegium.reports.service.MembershipReports.GrowthFilter;
import org.collegium.reports.service.MembershipReports.SummaryFilter;
import org.collegium.reports.service.Months;
import org.collegium.reports.service.RenewalReports;
import org.collegium.reports.service.RenewalReports.DueFilter;
import org.collegium.reports.service.RenewalReports.LapsedFilter;
import org.collegium.reports.service.ReportRows;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every report over the benchmark society ({@link BenchSociety}: 100,000 members, their terms, and here one
 * recorded payment per term), as the board and as an affiliate administrator: what the report's view asks the
 * service when it opens (for a list, the count and the first page). Prints the median of several runs after a
 * warm-up as {@code BENCH reports.<name> <ms> ms}; the target is 500 ms each. Asserts nothing about time.
 */
@Tag("bench")
@IntegrationTest
class ReportsBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 7;

    @Autowired JdbcTemplate jdbc;
    @Autowired Roles roles;
    @Autowired SocietyClock clock;
    @Autowired MembershipReports membership;
    @Autowired RenewalReports renewals;
    @Autowired IncomeReports income;
    @Autowired HomeCards homeCards;

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void reports() {
        BenchSociety.ensureFilled(jdbc);
        fillPayments();
        roles.actAs("board@example.org", Role.BOARD);
        measureAll("reports", null);
        Long cgps = jdbc.queryForObject("select id from affiliate where short_name = 'CGPS'", Long.class);
        jdbc.update("update user_account set affiliate_id = ? where email = 'affiliate@example.org'", cgps);
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        measureAll("reports.affiliate", null);
    }

    private void measureAll(String prefix, Long affiliate) {
        LocalDate today = clock.today();
        YearMonth month = YearMonth.from(today);
        Months year = new Months(month.minusMonths(11), month);
        Months twoYears = new Months(month.minusMonths(23), month);
        measure(prefix + ".membership-summary.status",
                () -> membership.summary(new SummaryFilter(today, affiliate, Breakdown.STATUS)));
        measure(prefix + ".membership-summary.all",
                () -> membership.summary(new SummaryFilter(today, affiliate, Breakdown.ALL)));
        measure(prefix + ".membership-summary.year-ago",
                () -> membership.summary(new SummaryFilter(today.minusYears(1), affiliate, Breakdown.TYPE)));
        measure(prefix + ".growth.24-months", () -> membership.growth(new GrowthFilter(twoYears, affiliate)));
        measure(prefix + ".renewals-due.30-days", () -> firstPage(renewals.due(new DueFilter(30, affiliate))));
        measure(prefix + ".renewals-due.365-days", () -> firstPage(renewals.due(new DueFilter(365, affiliate))));
        measure(prefix + ".lapsed.12-months", () -> firstPage(renewals.lapsed(
                new LapsedFilter(today.minusYears(1), today, affiliate))));
        measure(prefix + ".income.by-month", () -> income.income(
                new IncomeFilter(year, affiliate, IncomeReports.Breakdown.MONTH)));
        measure(prefix + ".income.by-type", () -> income.income(
                new IncomeFilter(year, affiliate, IncomeReports.Breakdown.CATEGORY)));
        measure(prefix + ".dashboard", () -> homeCards.forCurrentUser());
    }

    /** What a list report's grid asks first: how many, and the first page. */
    private static Object firstPage(ReportRows rows) {
        long count = rows.count();
        assertThat(rows.page(0, 50).size()).isLessThanOrEqualTo((int) Math.min(50, count));
        return count;
    }

    private void measure(String name, Supplier<?> report) {
        for (int i = 0; i < WARM_UP; i++) {
            report.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            report.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        BenchSociety.bench(name, String.format(Locale.ROOT, "%.1f", times[RUNS / 2]), "ms");
    }

    /** One recorded payment for each of the benchmark's terms, on the day the term began, once per run. */
    private void fillPayments() {
        long done = jdbc.queryForObject("select count(*) from payment where receipt_number like 'B-%'", Long.class);
        if (done > 0) {
            return;
        }
        long t0 = System.nanoTime();
        int rows = jdbc.update("""
                insert into payment (member_id, membership_term_id, amount, method, paid_on, receipt_number, version,
                  created_at, created_by)
                select t.member_id, t.id, t.dues_charged, 'CHECK', t.start_date, concat('B-', t.id), 0, now(), 'bench'
                from membership_term t where t.created_by = 'bench'""");
        jdbc.execute("analyze table payment");
        BenchSociety.bench("reports.fill.payments", rows, "rows");
        BenchSociety.bench("reports.fill.payments.time",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9), "s");
    }
}
