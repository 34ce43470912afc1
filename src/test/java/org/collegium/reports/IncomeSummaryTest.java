package org.collegium.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.reports.service.IncomeReports;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * income_summary (V132) on random histories: payments and registrations inserted, changed and deleted in any
 * order, straight in the database (the triggers keep the summary whichever code writes), an event cancelled with
 * registrations still counted. After every history the buckets equal the raw rows summed, and the home page's
 * income this month and this year from the summary equals the report's own sum over the raw rows.
 */
@IntegrationTest
class IncomeSummaryTest {

    static final String[] STATUSES = {"CONFIRMED", "ATTENDED", "NO_SHOW", "CANCELLED", "WAITLISTED", "PENDING",
        "PENDING_WAITLIST", "LAPSED"};

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired IncomeReports income;
    @Autowired SocietyClock clock;
    @Autowired Roles roles;

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void theSummaryEqualsTheRawRowsAfterRandomHistories() {
        List<Long> members = jdbc.queryForList("select id from member order by id limit 50", Long.class);
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            history(random, members, 120);
            long history = seed;
            transactions.executeWithoutResult(s -> assertThat(summary()).as("buckets after history %d", history)
                    .isEqualTo(raw())); // one snapshot for both
            assertThat(summary()).as("a history changes something").isNotEmpty();
            roles.actAs("board@example.org", Role.BOARD);
            LocalDate today = clock.today();
            IncomeReports.MonthAndYear summed = income.monthAndYear(today.withDayOfYear(1), today);
            assertThat(summed.month()).as("this month, history %d", seed)
                    .isEqualByComparingTo(income.total(today.withDayOfMonth(1), today));
            assertThat(summed.year()).as("this year, history %d", seed)
                    .isEqualByComparingTo(income.total(today.withDayOfYear(1), today));
            roles.clear();
        }
    }

    private void history(Random random, List<Long> members, int steps) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jdbc.update("""
                    insert into event (kind, title, starts_at, ends_at, format, capacity, seats_taken, member_price,
                      non_member_price, cancel_cutoff_hours, ce_hours, ce_type, status, version, created_at,
                      created_by)
                    values ('TRAINING', ?, ?, ?, 'IN_PERSON', 300, 0, 50, 80, 48, 3, 'APA', 'PUBLISHED', 0, now(),
                      'summary-test')""", "Summary " + UUID.randomUUID(), now.plusDays(30), now.plusDays(30).plusHours(3));
            events.add(jdbc.queryForObject("select max(id) from event where created_by = 'summary-test'", Long.class));
        }
        List<Long> payments = new ArrayList<>();
        List<Long> registrations = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            switch (random.nextInt(7)) {
                case 0, 1 -> {
                    jdbc.update("""
                            insert into payment (member_id, amount, method, paid_on, receipt_number, version,
                              created_at, created_by)
                            values (?, ?, 'CHECK', ?, ?, 0, now(), 'summary-test')""",
                            members.get(random.nextInt(members.size())), money(random), day(random),
                            "S-" + UUID.randomUUID().toString().substring(0, 16));
                    payments.add(jdbc.queryForObject("select max(id) from payment", Long.class));
                }
                case 2 -> {
                    if (!payments.isEmpty()) {
                        long id = payments.get(random.nextInt(payments.size()));
                        if (random.nextBoolean()) {
                            jdbc.update("update payment set amount = ?, paid_on = ? where id = ?", money(random),
                                    day(random), id);
                        } else {
                            jdbc.update("delete from payment where id = ?", id);
                            payments.remove(id);
                        }
                    }
                }
                case 3, 4 -> {
                    jdbc.update("""
                            insert into registration (event_id, first_name, last_name, email, status, price,
                              price_kind, registered_at, status_at, version, created_at, created_by)
                            values (?, 'Random', 'History', ?, ?, ?, 'MEMBER', ?, now(), 0, now(), 'summary-test')""",
                            events.get(random.nextInt(events.size())), "h-" + UUID.randomUUID() + "@example.org",
                            STATUSES[random.nextInt(STATUSES.length)], price(random), moment(random));
                    registrations.add(jdbc.queryForObject("select max(id) from registration", Long.class));
                }
                case 5 -> {
                    if (!registrations.isEmpty()) {
                        long id = registrations.get(random.nextInt(registrations.size()));
                        switch (random.nextInt(5)) {
                            case 0 -> jdbc.update("update registration set status = ? where id = ?",
                                    STATUSES[random.nextInt(STATUSES.length)], id);
                            case 1 -> jdbc.update("update registration set price = ? where id = ?", price(random), id);
                            case 2 -> jdbc.update("update registration set registered_at = ? where id = ?",
                                    moment(random), id);
                            case 3 -> jdbc.update("update registration set last_name = 'Renamed' where id = ?", id);
                            default -> {
                                jdbc.update("delete from registration where id = ?", id);
                                registrations.remove(id);
                            }
                        }
                    }
                }
                default -> {
                    if (random.nextInt(4) == 0) { // now and then an event is cancelled, its rows left as they were
                        jdbc.update("update event set status = 'CANCELLED' where id = ?",
                                events.get(random.nextInt(events.size())));
                    }
                }
            }
        }
    }

    private static BigDecimal money(Random random) {
        return BigDecimal.valueOf(random.nextInt(40_000), 2);
    }

    private static BigDecimal price(Random random) {
        return random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(30_000), 2);
    }

    /** A day within a year and a half around today, often this month. */
    private static LocalDate day(Random random) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return random.nextBoolean() ? today.minusDays(random.nextInt(31)) : today.plusDays(30 - random.nextInt(500));
    }

    /** A moment to the microsecond, near midnights and quarter hours as often as not. */
    private static LocalDateTime moment(Random random) {
        LocalDateTime base = day(random).atStartOfDay().plusHours(random.nextInt(24));
        return random.nextBoolean() ? base.plusMinutes(15L * random.nextInt(4)).minusNanos(1000L * random.nextInt(2))
                : base.plusSeconds(random.nextInt(3600)).plusNanos(1000L * random.nextInt(1_000_000));
    }

    private List<Map<String, Object>> summary() {
        return jdbc.queryForList("""
                select source, bucket, amount, payments from income_summary
                where amount <> 0 or payments <> 0 order by source, bucket""");
    }

    private List<Map<String, Object>> raw() {
        return jdbc.queryForList("""
                select source, bucket, sum(amount) as amount, count(*) as payments from (
                  select 'DUES' as source, cast(paid_on as datetime) as bucket, amount from payment
                  union all
                  select 'EVENTS', cast(date_format(registered_at, '%Y-%m-%d %H:00:00') as datetime)
                           + interval (minute(registered_at) div 15 * 15) minute, price
                  from registration where status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW') and price > 0) x
                group by source, bucket order by source, bucket""");
    }
}
