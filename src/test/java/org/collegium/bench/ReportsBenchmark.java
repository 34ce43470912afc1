package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.dashboard.service.HomeCards;
import org.collegium.events.domain.EventKind;
import org.collegium.reports.service.CeReports;
import org.collegium.reports.service.CeReports.CeFilter;
import org.collegium.reports.service.CeReports.Period;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.EventReports;
import org.collegium.reports.service.EventReports.EventFilter;
import org.collegium.reports.service.GroupReports;
import org.collegium.reports.service.GroupReports.GroupFilter;
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
import org.collegium.base.service.SocietyZoneOffsets;
import org.flywaydb.core.Flyway;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.TransactionException;

/**
 * Every report over the benchmark society ({@link BenchSociety}: 100,000 members, their terms, and here one
 * recorded payment per term, 2,000 events with 500,000 registrations and their CE credits), as the board and as an affiliate administrator: what the report's view asks the
 * service when it opens (for a list, the count and the first page). Prints the median of several runs after a
 * warm-up as {@code BENCH reports.<name> <ms> ms}; the target is 500 ms each. Asserts nothing about time.
 */
@Tag("bench")
@IntegrationTest
@TestPropertySource(properties = "spring.flyway.target=" + ReportsBenchmark.BEFORE_SUMMARIES)
class ReportsBenchmark {

    /**
     * The society is filled at the schema before the reports' summaries (V150-V155, kept by triggers on every row
     * written), and then migrated: the migrations backfill the summaries from the filled rows in a few set-based
     * statements, as they would on a society's existing database, instead of a trigger firing for each of the
     * 1.3 million rows the fill writes (which took most of an hour on a busy machine). The context differs from
     * the other benchmarks' by this property, so it has a database of its own.
     */
    static final String BEFORE_SUMMARIES = "142";

    static final int WARM_UP = 5;
    static final int RUNS = 7;
    static final int EVENTS = 2_000;

    @Autowired JdbcTemplate jdbc;
    @Autowired Roles roles;
    @Autowired SocietyClock clock;
    @Autowired MembershipReports membership;
    @Autowired RenewalReports renewals;
    @Autowired IncomeReports income;
    @Autowired HomeCards homeCards;
    @Autowired EventReports events;
    @Autowired CeReports ce;
    @Autowired GroupReports groups;
    @Autowired SocietyZoneOffsets zoneOffsets;

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void reports() {
        BenchSociety.ensureFilled(jdbc);
        BenchSociety.withLongTimeout(jdbc, this::fillPayments);
        BenchSociety.withLongTimeout(jdbc, this::fillEvents);
        BenchSociety.withLongTimeout(jdbc, this::migrateToLatest);
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
        Days lastYear = new Days(today.minusYears(1), today.plusMonths(2));
        measure(prefix + ".events.per-event", () -> events.events(
                new EventFilter(lastYear, affiliate, null, EventReports.Breakdown.EVENT)));
        measure(prefix + ".events.per-month", () -> events.events(
                new EventFilter(lastYear, affiliate, null, EventReports.Breakdown.MONTH)));
        measure(prefix + ".ce-issued.by-quarter", () -> ce.issued(new CeFilter(twoYears, Period.QUARTER, affiliate)));
        measure(prefix + ".ce-issued.by-month", () -> ce.issued(new CeFilter(twoYears, Period.MONTH, affiliate)));
        if (affiliate == null && prefix.equals("reports")) {
            measure(prefix + ".groups", () -> groups.groups(new GroupFilter(new Days(today.minusMonths(3), today))));
        }
        measure(prefix + ".dashboard", () -> homeCards.forCurrentUser());
        // the home page's figures one by one (what the dashboard line adds up)
        measure(prefix + ".dashboard.members-now", () -> membership.countsNow());
        measure(prefix + ".dashboard.renewals-this-month", () -> renewals.countEnding(today.withDayOfMonth(1),
                today.withDayOfMonth(today.lengthOfMonth())));
        measure(prefix + ".dashboard.upcoming-events", () -> events.upcoming(30));
        if (prefix.equals("reports")) {
            measure(prefix + ".dashboard.income", () -> income.monthAndYear(today.withDayOfYear(1), today));
        }
    }

    /** What a list report's grid asks first: how many, and the first page. */
    private static Object firstPage(ReportRows rows) {
        long count = rows.count();
        assertThat(rows.page(0, 50).size()).isLessThanOrEqualTo((int) Math.min(50, count));
        return count;
    }

    /**
     * Prints the median; a report that fails (on a busy machine a query can outlast the pool's 10 s socket timeout)
     * is printed as failed with the reason, and the others are still measured.
     */
    private void measure(String name, Supplier<?> report) {
        double[] times = new double[RUNS];
        try {
            for (int i = 0; i < WARM_UP; i++) {
                report.get();
            }
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                report.get();
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
        } catch (DataAccessException | TransactionException e) {
            BenchSociety.bench(name, "failed", "(" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse("") + ")");
            return;
        }
        Arrays.sort(times);
        BenchSociety.bench(name, String.format(Locale.ROOT, "%.1f", times[RUNS / 2]), "ms");
    }

    /**
     * 2,000 events over the last two years and the next two months (a third national, the rest spread over the
     * affiliates), 500,000 registrations (five per benchmark member, in every status) and a CE credit for each
     * attendance, once per run.
     */
    private void fillEvents(JdbcTemplate jdbc) {
        long done = jdbc.queryForObject("select count(*) from event where created_by = 'bench'", Long.class);
        if (done > 0) {
            return;
        }
        long t0 = System.nanoTime();
        List<Long> affiliates = jdbc.queryForList("select id from affiliate order by id", Long.class);
        LocalDateTime first = clock.today().plusMonths(2).atTime(16, 0);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            LocalDateTime start = first.minusHours(9L * i); // every 9 hours back: 2,000 events over 750 days
            Long host = i % 3 == 0 ? null : affiliates.get(i % affiliates.size());
            rows.add(new Object[] {EventKind.values()[i % EventKind.values().length].name(), "Bench event " + i,
                    start, start.plusHours(3), host, i % 4 == 0 ? "APA" : "NBCC"});
        }
        jdbc.batchUpdate("""
                insert into event (kind, title, starts_at, ends_at, format, capacity, seats_taken, member_price,
                  non_member_price, cancel_cutoff_hours, ce_hours, affiliate_id, ce_type, status, version, created_at,
                  created_by)
                values (?, ?, ?, ?, 'IN_PERSON', 300, 0, 50, 80, 48, 3, ?, ?, 'PUBLISHED', 0, now(), 'bench')""",
                rows);
        long firstEvent = jdbc.queryForObject("select min(id) from event where created_by = 'bench'", Long.class);
        int registrations = jdbc.update("""
                insert into registration (event_id, session_id, member_id, first_name, last_name, email, status, price,
                  price_kind, registered_at, status_at, version, created_at, created_by)
                select e.id, null, m.id, m.first_name, m.last_name, m.email,
                       elt(1 + (m.id + k.k) % 10, 'CANCELLED', 'WAITLISTED', 'NO_SHOW', 'CONFIRMED', 'ATTENDED',
                           'ATTENDED', 'ATTENDED', 'ATTENDED', 'ATTENDED', 'ATTENDED'),
                       if(k.k = 0, 40, 50), 'MEMBER', e.starts_at - interval (m.id % 60) day,
                       e.starts_at - interval (m.id % 60) day, 0, now(), 'bench'
                from member m
                cross join (select 0 as k union all select 1 union all select 2 union all select 3
                            union all select 4) k
                join event e on e.id = :first + (m.id * 7 + k.k * 401) % :events
                where m.created_by = 'bench'""".replace(":first", Long.toString(firstEvent))
                .replace(":events", Integer.toString(EVENTS)));
        int credits = jdbc.update("""
                insert into ce_credit (registration_id, member_id, hours, ce_type, certificate_number, awarded_on,
                  withdrawn, version, created_at, created_by)
                select r.id, r.member_id, e.ce_hours, e.ce_type, concat('BC-', r.id), cast(e.starts_at as date), false,
                       0, now(), 'bench'
                from registration r join event e on e.id = r.event_id
                where r.created_by = 'bench' and r.status = 'ATTENDED'""");
        jdbc.execute("analyze table event, registration, ce_credit");
        BenchSociety.bench("reports.fill.events", EVENTS, "rows");
        BenchSociety.bench("reports.fill.registrations", registrations, "rows");
        BenchSociety.bench("reports.fill.ce-credits", credits, "rows");
        BenchSociety.bench("reports.fill.events.time",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9), "s");
    }

    /** The remaining migrations over the filled society (the summaries' backfill), timed, on the long connection. */
    private void migrateToLatest(JdbcTemplate jdbc) {
        long t0 = System.nanoTime();
        int applied = Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").load().migrate()
                .migrationsExecuted;
        // V162's timeline starts empty: the application works it out for every member, as at its first start
        long timeline = System.nanoTime();
        zoneOffsets.follow();
        BenchSociety.bench("reports.fill.timeline.time",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - timeline) / 1e9), "s");
        jdbc.execute("analyze table dues_income_day, event_income_bucket, event_registration_tally, "
                + "member_status_tally, member_status_month, member_status_day, member_growth_day, "
                + "member_growth_mark");
        BenchSociety.bench("reports.fill.migrations", applied, "migrations");
        BenchSociety.bench("reports.fill.migrations.time",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9), "s");
    }

    /** One recorded payment for each of the benchmark's terms, on the day the term began, once per run. */
    private void fillPayments(JdbcTemplate jdbc) {
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
