package org.collegium.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.time.YearMonth;
import java.time.ZoneId;
import org.collegium.base.i18n.Messages;
import org.collegium.reports.service.CeReports;
import org.collegium.reports.service.Months;
import java.time.ZoneOffset;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.reports.service.IncomeReports;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summaries the reports read (V150 dues income per day, V151 event income per quarter hour, V152 each event's
 * registrations and CE hours by status, V155 members by affiliate and status) on random histories: payments,
 * registrations and CE credits inserted, changed and deleted in any order, members added, deleted, moved between
 * affiliates and given another status, terms changed to another type, events cancelled, straight in the database
 * (the triggers keep the summaries whichever code writes). After every few steps each summary equals the raw rows
 * summed. The fixture's rows are dated in 2091 and its events are its own, so the comparison reads only this
 * test's rows (the members' count reads every member); all of it is rolled back after the test.
 */
@IntegrationTest
@Transactional
class ReportSummariesTest {

    static final String[] STATUSES = {"CONFIRMED", "ATTENDED", "NO_SHOW", "CANCELLED", "WAITLISTED", "PENDING",
        "PENDING_WAITLIST", "OFFERED", "LAPSED"};
    static final String[] MEMBER_STATUSES = {"APPLICANT", "ACTIVE", "GRACE", "LAPSED", "RESIGNED"};
    static final String[] CE_TYPES = {"APA", "NBCC", "OTHER"};
    static final LocalDate ORIGIN = LocalDate.of(2091, 1, 1);

    @Autowired JdbcTemplate jdbc;
    @Autowired IncomeReports income;
    @Autowired CeReports ce;
    @Autowired SocietyClock clock;
    @Autowired Roles roles;

    private Random ranges;

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void theSummariesEqualTheRawRowsAfterRandomHistories() {
        roles.actAs("board@example.org", Role.BOARD);
        for (long seed = 1; seed <= 6; seed++) {
            ranges = new Random(seed);
            history(new Random(20_261_203L + seed), 240);
        }
    }

    private void history(Random random, int steps) {
        ReportFixture one = new ReportFixture(jdbc);
        ReportFixture two = new ReportFixture(jdbc);
        List<Long> affiliates = new ArrayList<>(List.of(one.affiliate, two.affiliate));
        affiliates.add(null);
        List<Long> types = List.of(one.typeA, one.typeB, two.typeA);
        List<Long> members = new ArrayList<>();
        List<Long> terms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ReportFixture f = i % 2 == 0 ? one : two;
            long member = f.member("Summary" + i, ORIGIN);
            members.add(member);
            for (int t = 0; t < 2; t++) {
                terms.add(f.term(member, types.get(random.nextInt(types.size())), ORIGIN.plusYears(t),
                        ORIGIN.plusYears(t + 1).minusDays(1)));
            }
        }
        List<Long> events = new ArrayList<>();
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDateTime starts = ORIGIN.plusMonths(6 + i).atTime(16, 0);
            jdbc.update("""
                    insert into event (kind, title, starts_at, ends_at, format, capacity, seats_taken, member_price,
                      non_member_price, cancel_cutoff_hours, ce_hours, affiliate_id, ce_type, status, version,
                      created_at, created_by)
                    values ('CONFERENCE', ?, ?, ?, 'IN_PERSON', 300, 0, 50, 80, 48, 3, ?, 'APA', 'PUBLISHED', 0, now(),
                      'summary-test')""", "Summary " + UUID.randomUUID(), starts, starts.plusHours(8),
                    affiliates.get(i));
            long event = lastId();
            events.add(event);
            jdbc.update("""
                    insert into event_session (event_id, kind, title, starts_at, ends_at, capacity, ce_hours, version,
                      created_at) values (?, 'WORKSHOP', 'Session', ?, ?, 50, 1.5, 0, now())""", event, starts,
                    starts.plusHours(2));
            sessions.add(lastId());
        }
        List<Long> payments = new ArrayList<>();
        List<Long> registrations = new ArrayList<>();
        List<Long> credits = new ArrayList<>();
        List<Long> loose = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            switch (random.nextInt(14)) {
                case 0, 1 -> {
                    jdbc.update("""
                            insert into payment (member_id, membership_term_id, amount, method, paid_on,
                              receipt_number, version, created_at, created_by)
                            values (?, ?, ?, 'CHECK', ?, ?, 0, now(), 'summary-test')""", pick(random, members),
                            random.nextInt(4) == 0 ? null : pick(random, terms), money(random), day(random),
                            "S" + UUID.randomUUID().toString().substring(0, 16));
                    payments.add(lastId());
                }
                case 2 -> {
                    if (!payments.isEmpty()) {
                        long id = pick(random, payments);
                        switch (random.nextInt(5)) {
                            case 0 -> jdbc.update("update payment set amount = ?, paid_on = ? where id = ?",
                                    money(random), day(random), id);
                            case 1 -> jdbc.update("update payment set member_id = ? where id = ?",
                                    pick(random, members), id);
                            case 2 -> jdbc.update("update payment set membership_term_id = ? where id = ?",
                                    random.nextBoolean() ? null : pick(random, terms), id);
                            case 3 -> jdbc.update("update payment set note = 'Noted' where id = ?", id);
                            default -> {
                                jdbc.update("delete from payment where id = ?", id);
                                payments.remove(id);
                            }
                        }
                    }
                }
                case 3 -> {
                    if (random.nextBoolean()) {
                        jdbc.update("update member set affiliate_id = ? where id = ?", pick(random, affiliates),
                                pick(random, members));
                    } else { // the members' tally counts by type too (V165)
                        jdbc.update("update member set membership_type_id = ? where id = ?",
                                random.nextInt(4) == 0 ? null : pick(random, types), pick(random, members));
                    }
                }
                case 4 -> jdbc.update("update membership_term set membership_type_id = ? where id = ?",
                        pick(random, types), pick(random, terms));
                case 5, 6 -> {
                    int e = random.nextInt(events.size());
                    jdbc.update("""
                            insert into registration (event_id, session_id, member_id, first_name, last_name, email,
                              status, price, price_kind, registered_at, status_at, version, created_at, created_by)
                            values (?, ?, ?, 'Random', 'History', ?, ?, ?, 'MEMBER', ?, now(), 0, now(),
                              'summary-test')""", events.get(e), random.nextInt(4) == 0 ? sessions.get(e) : null,
                            random.nextBoolean() ? pick(random, members) : null,
                            "h-" + UUID.randomUUID() + "@example.org", pick(random, STATUSES), price(random),
                            moment(random));
                    registrations.add(lastId());
                }
                case 7 -> {
                    if (!registrations.isEmpty()) {
                        long id = pick(random, registrations);
                        int e = random.nextInt(events.size());
                        switch (random.nextInt(6)) {
                            case 0 -> jdbc.update("update registration set status = ? where id = ?",
                                    pick(random, STATUSES), id);
                            case 1 -> jdbc.update("update registration set price = ? where id = ?", price(random),
                                    id);
                            case 2 -> jdbc.update("update registration set registered_at = ? where id = ?",
                                    moment(random), id);
                            case 3 -> jdbc.update("update registration set event_id = ?, session_id = ? where id = ?",
                                    events.get(e), random.nextBoolean() ? sessions.get(e) : null, id);
                            case 4 -> jdbc.update("update registration set last_name = 'Renamed' where id = ?", id);
                            default -> {
                                jdbc.update("delete from ce_credit where registration_id = ?", id);
                                credits.removeAll(jdbc.queryForList(
                                        "select id from ce_credit where registration_id = ?", Long.class, id));
                                jdbc.update("delete from registration where id = ?", id);
                                registrations.remove(id);
                            }
                        }
                    }
                }
                case 8, 9 -> {
                    List<Long> without = jdbc.queryForList("""
                            select r.id from registration r where r.created_by = 'summary-test'
                              and r.event_id in (%s) and not exists (select 1 from ce_credit c
                                                                    where c.registration_id = r.id)"""
                            .formatted(ids(events)), Long.class);
                    if (!without.isEmpty()) {
                        long registration = pick(random, without);
                        jdbc.update("""
                                insert into ce_credit (registration_id, member_id, hours, ce_type, certificate_number,
                                  awarded_on, withdrawn, version, created_at, created_by)
                                values (?, ?, ?, ?, ?, ?, ?, 0, now(), 'summary-test')""", registration,
                                random.nextBoolean() ? pick(random, members) : null,
                                BigDecimal.valueOf(25 * (1 + random.nextInt(24)), 2), pick(random, CE_TYPES),
                                "ST" + UUID.randomUUID().toString().substring(0, 16), day(random),
                                random.nextInt(4) == 0);
                        credits.add(lastId());
                    }
                }
                case 10 -> {
                    if (!credits.isEmpty()) {
                        long id = pick(random, credits);
                        switch (random.nextInt(7)) {
                            case 0 -> jdbc.update("update ce_credit set withdrawn = not withdrawn where id = ?", id);
                            case 4 -> jdbc.update("update ce_credit set awarded_on = ? where id = ?", day(random), id);
                            case 5 -> jdbc.update("update ce_credit set ce_type = ? where id = ?",
                                    pick(random, CE_TYPES), id);
                            case 6 -> jdbc.update("update ce_credit set member_id = ? where id = ?",
                                    random.nextBoolean() ? pick(random, members) : null, id);
                            case 1 -> jdbc.update("update ce_credit set hours = ? where id = ?",
                                    BigDecimal.valueOf(25 * (1 + random.nextInt(24)), 2), id);
                            case 2 -> jdbc.update("update ce_credit set void_reason = 'Checked' where id = ?", id);
                            default -> {
                                jdbc.update("delete from ce_credit where id = ?", id);
                                credits.remove(id);
                            }
                        }
                    }
                }
                case 11 -> jdbc.update("update member set status = ? where id = ?", pick(random, MEMBER_STATUSES),
                        pick(random, members));
                case 12 -> {
                    if (!loose.isEmpty() && random.nextBoolean()) { // a member with nothing recorded yet, deleted
                        jdbc.update("delete from member where id = ?", loose.removeLast());
                    } else {
                        ReportFixture f = random.nextBoolean() ? one : two;
                        loose.add(f.member("Loose" + step, ORIGIN));
                        jdbc.update("update member set affiliate_id = ?, status = ? where id = ?",
                                pick(random, affiliates), pick(random, MEMBER_STATUSES), loose.getLast());
                    }
                }
                default -> {
                    if (random.nextInt(3) == 0) { // an event cancelled, its rows left as they were
                        jdbc.update("update event set status = 'CANCELLED' where id = ?", pick(random, events));
                    } else if (random.nextBoolean()) { // an event given another host, or none
                        jdbc.update("update event set affiliate_id = ? where id = ?", pick(random, affiliates),
                                pick(random, events));
                    }
                }
            }
            if (step % 40 == 0) {
                check(events, step);
                checkCeIssued(affiliates, step);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from registration where event_id in (%s)"
                .formatted(ids(events)), Long.class) + registrations.size() + payments.size())
                .as("the history registers people and records payments").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from dues_income_day where paid_on >= '2091-01-01'"
                + " and payments <> 0", Long.class) + jdbc.queryForObject("select count(*) from event_income_bucket"
                + " where event_id in (%s) and payments <> 0".formatted(ids(events)), Long.class))
                .as("the summaries hold the history's income").isPositive();
    }

    private void check(List<Long> events, int step) {
        assertThat(rows("""
                select paid_on, membership_type_id, affiliate_id, amount, payments from dues_income_day
                where paid_on >= '2091-01-01' and not (amount = 0 and payments = 0) order by 1, 2, 3"""))
                .as("dues income per day after step %d", step)
                .isEqualTo(rows("""
                        select p.paid_on, coalesce(t.membership_type_id, 0), coalesce(m.affiliate_id, 0),
                               sum(p.amount), count(*)
                        from payment p join member m on m.id = p.member_id
                        left join membership_term t on t.id = p.membership_term_id
                        where p.paid_on >= '2091-01-01' group by 1, 2, 3 order by 1, 2, 3"""));
        String mine = ids(events);
        assertThat(rows("""
                select bucket, event_id, amount, payments from event_income_bucket
                where event_id in (%s) and not (amount = 0 and payments = 0) order by 1, 2""".formatted(mine)))
                .as("event income per quarter hour after step %d", step)
                .isEqualTo(rows("""
                        select cast(date_format(registered_at, '%%Y-%%m-%%d %%H:00:00') as datetime)
                                 + interval (minute(registered_at) div 15 * 15) minute, event_id, sum(price), count(*)
                        from registration
                        where event_id in (%s) and status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW') and price > 0
                        group by 1, 2 order by 1, 2""".formatted(mine)));
        assertThat(rows("""
                select event_id, in_session, status, registrations, ce_hours from event_registration_tally
                where event_id in (%s) and not (registrations = 0 and ce_hours = 0) order by 1, 2, 3"""
                .formatted(mine)))
                .as("registrations and CE hours per event and status after step %d", step)
                .isEqualTo(rows("""
                        select r.event_id, r.session_id is not null, r.status, count(*), coalesce(sum(c.hours), 0)
                        from registration r left join ce_credit c on c.registration_id = r.id and not c.withdrawn
                        where r.event_id in (%s) group by 1, 2, 3 order by 1, 2, 3""".formatted(mine)));
        assertThat(rows("""
                select day, event_id, amount, payments from event_income_day
                where event_id in (%s) and not (amount = 0 and payments = 0) order by 1, 2""".formatted(mine)))
                .as("event income per UTC day after step %d", step)
                .isEqualTo(rows("""
                        select cast(bucket as date), event_id, sum(amount), cast(sum(payments) as signed)
                        from event_income_bucket
                        where event_id in (%s) group by 1, 2 having not (sum(amount) = 0 and sum(payments) = 0)
                        order by 1, 2""".formatted(mine)));
        assertThat(rows("""
                select month, event_id, amount, payments from event_income_month
                where event_id in (%s) and not (amount = 0 and payments = 0) order by 1, 2""".formatted(mine)))
                .as("event income per UTC month after step %d", step)
                .isEqualTo(rows("""
                        select cast(date_format(bucket, '%%Y-%%m-01') as date), event_id, sum(amount),
                               cast(sum(payments) as signed)
                        from event_income_bucket
                        where event_id in (%s) group by 1, 2 having not (sum(amount) = 0 and sum(payments) = 0)
                        order by 1, 2""".formatted(mine)));
        for (int i = 0; i < 4; i++) { // the home page's totals (months, days and quarter hours) equal the raw rows
            LocalDate from = ORIGIN.minusDays(20).plusDays(ranges.nextInt(400));
            LocalDate to = from.plusDays(ranges.nextInt(i == 0 ? 3 : 420));
            assertThat(income.total(from, to)).as("income from %s to %s after step %d", from, to, step)
                    .isEqualByComparingTo(rawIncome(from, to));
            IncomeReports.MonthAndYear both = income.monthAndYear(from, to);
            assertThat(both.year()).as("income of the year to %s after step %d", to, step)
                    .isEqualByComparingTo(rawIncome(from, to));
            LocalDate first = to.withDayOfMonth(1);
            assertThat(both.month()).as("income of the month to %s after step %d", to, step)
                    .isEqualByComparingTo(rawIncome(from.isAfter(first) ? from : first, to));
        }
        assertThat(rows("""
                select affiliate_id, status, membership_type_id, members from member_status_tally
                where members <> 0 order by 1, 2, 3"""))
                .as("members per affiliate, status and type after step %d", step)
                .isEqualTo(rows("""
                        select coalesce(affiliate_id, 0), status, coalesce(membership_type_id, 0), count(*)
                        from member group by 1, 2, 3 order by 1, 2, 3"""));
    }

    /**
     * ce_issued_tally and ce_issued_person (V161) against the credits of 2091 counted, and the CE issued report over
     * random ranges (whole and partial quarters and years), for the society and an affiliate, against the credits
     * counted as the report counted them before the summary.
     */
    private void checkCeIssued(List<Long> affiliates, int step) {
        String credits = """
                from ce_credit c
                join registration r on r.id = c.registration_id
                join event e on e.id = r.event_id
                cross join (select 'M' as kind union all select 'Q' union all select 'Y') k
                cross join (select false as scoped union all select true) h
                where not c.withdrawn and (not h.scoped or e.affiliate_id is not null) and c.awarded_on >= '2091-01-01'
                group by 1, 2, 3, 4""";
        String keys = """
                select k.kind, if(h.scoped, e.affiliate_id, 0),
                       case k.kind when 'M' then date_format(c.awarded_on, '%Y-%m')
                                   when 'Q' then concat(year(c.awarded_on), '-Q', quarter(c.awarded_on))
                                   else cast(year(c.awarded_on) as char) end,
                       c.ce_type""";
        assertThat(rows("""
                select kind, host, period, ce_type, certificates, people, hours from ce_issued_tally
                where period like '2091%' and certificates <> 0 order by 1, 2, 3, 4"""))
                .as("CE issued per period, host and type after step %d", step)
                .isEqualTo(rows("select * from (" + keys + ", count(*), count(distinct coalesce(c.member_id, "
                        + "-c.registration_id)), sum(c.hours) " + credits + ") x order by 1, 2, 3, 4"));
        assertThat(rows("""
                select kind, host, period, ce_type, person, credits from ce_issued_person
                where period like '2091%' order by 1, 2, 3, 4, 5"""))
                .as("CE issued credits per period, host, type and person after step %d", step)
                .isEqualTo(rows("select * from (" + keys + ", coalesce(c.member_id, -c.registration_id), count(*) "
                        + credits.replace("group by 1, 2, 3, 4", "group by 1, 2, 3, 4, 5")
                        + ") x order by 1, 2, 3, 4, 5"));
        for (int i = 0; i < 3; i++) {
            YearMonth from = YearMonth.of(2090, 11).plusMonths(ranges.nextInt(14));
            Months months = new Months(from, from.plusMonths(ranges.nextInt(15)));
            CeReports.Period period = pick(ranges, CeReports.Period.values());
            Long host = ranges.nextBoolean() ? null : affiliates.get(ranges.nextInt(2));
            List<List<String>> report = ce.issued(new CeReports.CeFilter(months, period, host)).table().rows()
                    .stream().map(r -> r.stream().map(v -> v instanceof BigDecimal d
                            ? d.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : String.valueOf(v))
                            .toList()).toList();
            String sql = switch (period) {
                case MONTH -> "date_format(c.awarded_on, '%Y-%m')";
                case QUARTER -> "concat(year(c.awarded_on), '-Q', quarter(c.awarded_on))";
                case YEAR -> "cast(year(c.awarded_on) as char)";
            };
            List<List<String>> raw = jdbc.query("select " + sql + " as period, case c.ce_type when 'OTHER' "
                    + "then 'Other' else c.ce_type end as type, count(*), "
                    + "count(distinct coalesce(c.member_id, -c.registration_id)), sum(c.hours) from ce_credit c"
                    + (host == null ? "" : " join registration r on r.id = c.registration_id join event e on e.id"
                            + " = r.event_id and e.affiliate_id = " + host)
                    + " where c.awarded_on between ? and ? and not c.withdrawn group by period, type "
                    + "order by period, type", (rs, n) -> List.of(rs.getString(1),
                            "Other".equals(rs.getString(2)) ? Messages.t("reports.ce.type.other") : rs.getString(2),
                            Long.toString(rs.getLong(3)), Long.toString(rs.getLong(4)),
                            rs.getBigDecimal(5).setScale(2, RoundingMode.UNNECESSARY).toPlainString()),
                    months.from().atDay(1), months.to().atEndOfMonth());
            assertThat(report).as("CE issued %s by %s for %s after step %d", months, period, host, step)
                    .isEqualTo(raw);
        }
    }

    /** Dues paid and event registrations' prices (events not cancelled) received in the society's days, raw. */
    private BigDecimal rawIncome(LocalDate from, LocalDate to) {
        ZoneId zone = clock.zone();
        LocalDateTime start = LocalDateTime.ofInstant(from.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
        LocalDateTime end = LocalDateTime.ofInstant(to.plusDays(1).atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from payment where paid_on between ? and ?",
                BigDecimal.class, from, to).add(jdbc.queryForObject("""
                        select coalesce(sum(r.price), 0) from registration r join event e on e.id = r.event_id
                        where r.registered_at >= ? and r.registered_at < ? and e.status <> 'CANCELLED'
                          and r.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW') and r.price > 0""", BigDecimal.class,
                        start, end));
    }

    /** Every row as text, numbers to two decimals and flags as 0 or 1, so that column types do not matter. */
    private List<List<String>> rows(String sql) {
        return jdbc.queryForList(sql).stream().map(ReportSummariesTest::texts).toList();
    }

    private static List<String> texts(Map<String, Object> row) {
        return row.values().stream().map(v -> switch (v) {
            case null -> "null";
            case BigDecimal d -> d.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            case Boolean b -> b ? "1" : "0";
            case Number n -> Long.toString(n.longValue());
            default -> v.toString();
        }).collect(Collectors.toList());
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private long lastId() {
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static BigDecimal money(Random random) {
        return BigDecimal.valueOf(random.nextInt(40_000), 2);
    }

    private static BigDecimal price(Random random) {
        return random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(30_000), 2);
    }

    /** A day of the fixture's year, often in its first month. */
    private static LocalDate day(Random random) {
        return random.nextBoolean() ? ORIGIN.plusDays(random.nextInt(31)) : ORIGIN.plusDays(random.nextInt(365));
    }

    /** A moment to the microsecond, on or just before a quarter hour as often as not. */
    private static LocalDateTime moment(Random random) {
        LocalDateTime base = day(random).atStartOfDay().plusHours(random.nextInt(24));
        return random.nextBoolean() ? base.plusMinutes(15L * random.nextInt(4)).minusNanos(1000L * random.nextInt(2))
                : base.plusSeconds(random.nextInt(3600)).plusNanos(1000L * random.nextInt(1_000_000));
    }
}
