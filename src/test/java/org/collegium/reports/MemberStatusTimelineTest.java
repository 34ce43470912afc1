package org.collegium.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipStatusRule;
import org.collegium.members.domain.TermPeriod;
import org.collegium.members.service.MemberStatusTimeline;
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.Breakdown;
import org.collegium.reports.service.MembershipReports.GrowthFilter;
import org.collegium.reports.service.MembershipReports.SummaryFilter;
import org.collegium.reports.service.Months;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership summary and growth chart read sums that triggers keep of every member's status through time
 * (V162). On random histories written straight to the database (members recorded at any hour, terms added, changed,
 * moved to another member and deleted, memberships closed and reopened, members moved out of the affiliate and back
 * and deleted), the figures after every few steps equal {@link MembershipStatusRule} applied to each member's terms
 * here in Java: the status and type of every member on the books on random days, and the joins, renewals and lapses
 * of every month, after every step (a change the triggers missed would be mended by the member's next one); every
 * tenth step makes several changes in one {@link MemberStatusTimeline#inBulk}, as the import does. All of it is
 * rolled back after the test.
 */
@IntegrationTest
@Transactional
class MemberStatusTimelineTest {

    static final LocalDate ORIGIN = LocalDate.of(2023, 1, 1);
    static final Months RANGE = new Months(YearMonth.of(2023, 1), YearMonth.of(2026, 12));

    @Autowired MembershipReports reports;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired SocietyClock societyClock;
    @Autowired Roles roles;
    @Autowired SocietySettingsService settings;
    @Autowired MemberStatusTimeline timeline;

    /** A term as the test knows it. */
    record Term(long member, long type, TermPeriod period) {
    }

    /** A member as the test knows it: recorded at a UTC instant, in the fixture's affiliate or not. */
    static final class Person {
        LocalDateTime recordedUtc;
        boolean inAffiliate = true;
        MembershipStatus closed;
        LocalDate closedOn;
    }

    private ReportFixture f;
    private Random random;
    private final Map<Long, Person> people = new LinkedHashMap<>();
    private final Map<Long, Term> terms = new LinkedHashMap<>();
    private int added;

    @BeforeEach
    void setUp() {
        // every lapse of the range is past: the chart counts lapses up to today only
        clock.set(Instant.parse("2031-01-15T16:00:00Z"));
        roles.actAs("board@example.org", Role.BOARD);
    }

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void theKeptFiguresEqualTheStatusRuleOnRandomHistories() {
        for (long seed = 1; seed <= 3; seed++) {
            random = new Random(20_261_203L + seed);
            f = new ReportFixture(jdbc);
            people.clear();
            terms.clear();
            for (int i = 0; i < 12; i++) {
                addMember();
            }
            for (int step = 1; step <= 150; step++) {
                if (step % 10 == 0) {
                    // several changes at once, as the import makes them: noted by the triggers, refreshed at the end
                    timeline.inBulk(() -> {
                        for (int i = 0; i < 6; i++) {
                            change();
                        }
                        return null;
                    });
                } else {
                    change();
                }
                LocalDate day = ORIGIN.plusDays(random.nextInt(1460));
                assertThat(counted(day)).as("seed %d step %d on %s", seed, step, day).isEqualTo(expected(day));
                assertThat(countedGrowth()).as("seed %d step %d growth", seed, step).isEqualTo(expectedGrowth());
                assertThat(marksWithAnotherNextDay()).as("seed %d step %d next days", seed, step).isEmpty();
            }
        }
    }

    /**
     * Who was on the books on a day depends on the society's zone: a member recorded at 02:00 UTC on 16 June came
     * on the books on 15 June in New York and on 16 June in UTC. Saving another zone works every member out again.
     */
    @Test
    void savingAnotherZoneMovesTheDayAMemberCameOnTheBooks() {
        f = new ReportFixture(jdbc);
        long late = f.member("Latenight", ORIGIN);
        jdbc.update("update member set created_at = ? where id = ?", LocalDateTime.of(2026, 6, 16, 2, 0), late);
        LocalDate june15 = LocalDate.of(2026, 6, 15);
        assertThat(societyClock.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(counted(june15)).containsEntry("(none) / Applicant", 1L);

        roles.actAs("admin@example.org", Role.ADMIN);
        SocietySettingsService.Settings now = settings.current();
        settings.update(now.societyName(), "UTC", now.version());
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(counted(june15)).doesNotContainKey("(none) / Applicant");
        assertThat(counted(june15.plusDays(1))).containsEntry("(none) / Applicant", 1L);
    }

    private void change() {
        List<Long> members = new ArrayList<>(people.keySet());
        List<Long> termIds = new ArrayList<>(terms.keySet());
        switch (random.nextInt(12)) {
            case 0 -> addMember();
            case 1, 2, 3 -> {
                if (!members.isEmpty()) {
                    addTerm(pick(members));
                }
            }
            case 4 -> {
                if (!termIds.isEmpty()) {
                    long id = pick(termIds);
                    jdbc.update("delete from membership_term where id = ?", id);
                    terms.remove(id);
                }
            }
            case 5, 6 -> {
                if (!termIds.isEmpty()) {
                    long id = pick(termIds);
                    Term t = terms.get(id);
                    TermPeriod p = t.period();
                    TermPeriod changed = switch (random.nextInt(5)) {
                        case 0 -> new TermPeriod(p.start(), p.end().plusDays(random.nextInt(90) - 30), p.graceDays(),
                                p.payBy(), p.settledOn());
                        case 1 -> new TermPeriod(p.start(), p.end(), random.nextInt(61), p.payBy(), p.settledOn());
                        case 2 -> new TermPeriod(p.start(), p.end(), p.graceDays(), p.payBy(),
                                p.payBy() == null ? null : p.payBy().plusDays(random.nextInt(60) - 20));
                        case 3 -> new TermPeriod(p.start().minusDays(random.nextInt(40)), p.end(), p.graceDays(),
                                p.payBy(), p.settledOn());
                        default -> p;
                    };
                    if (changed.end().isBefore(changed.start())) {
                        changed = p;
                    }
                    long type = random.nextInt(3) == 0 ? (t.type() == f.typeA ? f.typeB : f.typeA) : t.type();
                    jdbc.update("""
                            update membership_term set start_date = ?, end_date = ?, grace_days = ?, pay_by = ?,
                              settled_on = ?, membership_type_id = ? where id = ?""", changed.start(), changed.end(),
                            changed.graceDays(), changed.payBy(), changed.settledOn(), type, id);
                    terms.put(id, new Term(t.member(), type, changed));
                }
            }
            case 7 -> {
                // a term moved to another member, as a merge does
                if (!termIds.isEmpty() && members.size() > 1) {
                    long id = pick(termIds);
                    long to = pick(members);
                    jdbc.update("update membership_term set member_id = ? where id = ?", to, id);
                    Term t = terms.get(id);
                    terms.put(id, new Term(to, t.type(), t.period()));
                }
            }
            case 8 -> {
                if (!members.isEmpty()) {
                    long id = pick(members);
                    Person p = people.get(id);
                    if (p.closed == null) {
                        p.closed = random.nextBoolean() ? MembershipStatus.RESIGNED : MembershipStatus.LAPSED;
                        p.closedOn = ORIGIN.plusDays(random.nextInt(1460));
                    } else {
                        p.closed = null;
                        p.closedOn = null;
                    }
                    jdbc.update("update member set closed_status = ?, closed_on = ? where id = ?",
                            p.closed == null ? null : p.closed.name(), p.closedOn, id);
                }
            }
            case 9 -> {
                if (!members.isEmpty()) {
                    long id = pick(members);
                    Person p = people.get(id);
                    p.inAffiliate = !p.inAffiliate;
                    jdbc.update("update member set affiliate_id = ? where id = ?", p.inAffiliate ? f.affiliate : null,
                            id);
                }
            }
            case 10 -> {
                if (!members.isEmpty()) {
                    long id = pick(members);
                    people.get(id).recordedUtc = recordedAt();
                    jdbc.update("update member set created_at = ? where id = ?", people.get(id).recordedUtc, id);
                }
            }
            default -> {
                if (!members.isEmpty()) {
                    long id = pick(members);
                    jdbc.update("delete from membership_term where member_id = ?", id);
                    jdbc.update("delete from member where id = ?", id);
                    terms.values().removeIf(t -> t.member() == id);
                    people.remove(id);
                }
            }
        }
    }

    private void addMember() {
        long id = f.member("Timeline" + (++added), ORIGIN);
        Person p = new Person();
        p.recordedUtc = recordedAt();
        jdbc.update("update member set created_at = ? where id = ?", p.recordedUtc, id);
        people.put(id, p);
    }

    /** Any hour of a day, so that some members are recorded on the society's day before the UTC one. */
    private LocalDateTime recordedAt() {
        return ORIGIN.plusDays(random.nextInt(1400)).atTime(random.nextInt(24), random.nextInt(60));
    }

    private void addTerm(long member) {
        LocalDate start = ORIGIN.plusDays(random.nextInt(1400) - 60);
        TermPeriod dates = TermPeriod.starting(start, 1 + random.nextInt(12), random.nextInt(61));
        LocalDate payBy = random.nextInt(3) == 0 ? dates.start().plusDays(random.nextInt(45)) : null;
        LocalDate settled = payBy != null && random.nextBoolean() ? payBy.plusDays(random.nextInt(40) - 20) : null;
        TermPeriod period = new TermPeriod(dates.start(), dates.end(), dates.graceDays(), payBy, settled);
        long type = random.nextBoolean() ? f.typeA : f.typeB;
        terms.put(f.term(member, type, period), new Term(member, type, period));
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** The fixture affiliate's members on the books that day, by type name and status label, as the report says. */
    private Map<String, Long> counted(LocalDate day) {
        Map<String, Long> counted = new TreeMap<>();
        reports.summary(new SummaryFilter(day, f.affiliate, Breakdown.ALL)).table().rows()
                .forEach(row -> counted.put(row.get(1) + " / " + row.get(2), (Long) row.get(3)));
        return counted;
    }

    private Map<String, Long> expected(LocalDate day) {
        Map<String, Long> expected = new TreeMap<>();
        people.forEach((id, p) -> {
            if (p.inAffiliate && !onTheBooks(id).isAfter(day)) {
                List<Term> own = termsOf(id);
                MembershipStatus status = statusOn(id, day);
                // the type: that of the latest term begun by then that counts that day (none: no such term)
                String type = own.stream().filter(t -> !t.period().start().isAfter(day) && t.period().countsOn(day))
                        .max(Comparator.<Term, LocalDate>comparing(t -> t.period().end())
                                .thenComparing(t -> t.period().start())
                                .thenComparing(t -> t.period().graceDays())
                                .thenComparing(Term::type))
                        .map(t -> f.typeName(t.type())).orElse("(none)");
                expected.merge(type + " / " + status.label(), 1L, Long::sum);
            }
        });
        return expected;
    }

    /** The marks whose next_day (V164, what the lapsed list reads) is not the day of the member's next mark of their kind. */
    private List<Map<String, Object>> marksWithAnotherNextDay() {
        return jdbc.queryForList("""
                select l.member_id, l.day, l.kind, l.next_day from member_growth_mark l
                where not (l.next_day <=> (select min(n.day) from member_growth_mark n
                                           where n.member_id = l.member_id and n.kind = l.kind and n.day > l.day))""");
    }

    private Map<String, List<Long>> countedGrowth() {
        Map<String, List<Long>> counted = new TreeMap<>();
        reports.growth(new GrowthFilter(RANGE, f.affiliate)).table().rows().forEach(row -> counted.put(
                (String) row.get(0), List.of((Long) row.get(1), (Long) row.get(2), (Long) row.get(3))));
        return counted;
    }

    /** Per month: a member's first term begun is a join, every other a renewal; a lapse is a day the rule turns them LAPSED. */
    private Map<String, List<Long>> expectedGrowth() {
        Map<String, long[]> byMonth = new TreeMap<>();
        for (YearMonth m : RANGE.each()) {
            byMonth.put(m.toString(), new long[3]);
        }
        people.forEach((id, p) -> {
            if (!p.inAffiliate) {
                return;
            }
            List<LocalDate> starts = termsOf(id).stream().map(t -> t.period().start()).sorted().toList();
            for (int i = 0; i < starts.size(); i++) {
                long[] month = byMonth.get(YearMonth.from(starts.get(i)).toString());
                if (month != null) {
                    month[i == 0 ? 0 : 1]++;
                }
            }
            LocalDate books = onTheBooks(id);
            for (LocalDate day = RANGE.from().atDay(1); !day.isAfter(RANGE.to().atEndOfMonth());
                    day = day.plusDays(1)) {
                if (!books.isAfter(day) && statusOn(id, day) == MembershipStatus.LAPSED
                        && (books.isAfter(day.minusDays(1)) || statusOn(id, day.minusDays(1)) != MembershipStatus.LAPSED)) {
                    byMonth.get(YearMonth.from(day).toString())[2]++;
                }
            }
        });
        Map<String, List<Long>> expected = new TreeMap<>();
        byMonth.forEach((month, c) -> expected.put(month, List.of(c[0], c[1], c[2])));
        return expected;
    }

    private List<Term> termsOf(long member) {
        return terms.values().stream().filter(t -> t.member() == member).toList();
    }

    private MembershipStatus statusOn(long member, LocalDate day) {
        Person p = people.get(member);
        return MembershipStatusRule.statusOn(day, termsOf(member).stream().map(Term::period).toList(), p.closed,
                p.closedOn);
    }

    /** On the books from the society's day they were recorded, or their first term's if earlier. */
    private LocalDate onTheBooks(long member) {
        ZoneId zone = societyClock.zone();
        LocalDate recorded = people.get(member).recordedUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                .toLocalDate();
        return termsOf(member).stream().map(t -> t.period().start()).filter(s -> s.isBefore(recorded))
                .min(Comparator.naturalOrder()).orElse(recorded);
    }
}
