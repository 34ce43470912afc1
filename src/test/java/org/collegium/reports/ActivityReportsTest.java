package org.collegium.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.domain.EventKind;
import org.collegium.events.service.AttendanceService;
import org.collegium.reports.service.CeReports;
import org.collegium.reports.service.CeReports.CeFilter;
import org.collegium.reports.service.CeReports.Period;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.EventReports;
import org.collegium.reports.service.EventReports.EventFilter;
import org.collegium.reports.service.GroupReports;
import org.collegium.reports.service.GroupReports.GroupFilter;
import org.collegium.reports.service.IncomeReports;
import org.collegium.reports.service.IncomeReports.Breakdown;
import org.collegium.reports.service.IncomeReports.IncomeFilter;
import org.collegium.reports.service.LocalTimeSql;
import org.collegium.reports.service.Months;
import org.collegium.reports.service.PersonalActivity;
import org.collegium.reports.service.ReportResult;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Income from event registrations, the events, CE issued and peer-group reports on known rows, exactly; the
 * affiliate administrator's scope; officers change nothing. The fixture lives in 2031, away from the demo data.
 */
@IntegrationTest
@Transactional // the fixture is rolled back after each test
class ActivityReportsTest {

    static final Days Y2031 = new Days(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
    static final Months H1 = new Months(YearMonth.of(2031, 1), YearMonth.of(2031, 6));

    @Autowired IncomeReports income;
    @Autowired EventReports events;
    @Autowired CeReports ce;
    @Autowired GroupReports groups;
    @Autowired AttendanceService attendance;
    @Autowired PersonalActivity mine;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired SocietyClock societyClock;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    ReportFixture f;
    ActivityFixture a;
    long workshop;
    long m1;
    long circle;
    long training;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2031-06-15T16:00:00Z"));
        roles.actAs("officer@example.org", Role.OFFICER);
        f = new ReportFixture(jdbc);
        a = new ActivityFixture(jdbc, f.tag);
        m1 = f.member("Attendee", LocalDate.of(2030, 1, 1));
        long m2 = f.member("Sessioner", LocalDate.of(2030, 1, 1));
        long m3 = f.member("Asker", LocalDate.of(2030, 1, 1));
        f.payment(m1, null, "100.00", LocalDate.of(2031, 2, 15));

        workshop = a.event("Spring Workshop", "WORKSHOP", "2031-03-10T16:00:00Z", 10, f.affiliate, "PUBLISHED");
        long r1 = a.registration(workshop, null, m1, "ATTENDED", "50.00", "2031-02-01T15:00:00Z");
        long r2 = a.registration(workshop, null, null, "ATTENDED", "50.00", "2031-02-02T15:00:00Z");
        a.registration(workshop, null, null, "NO_SHOW", "80.00", "2031-03-05T15:00:00Z");
        a.registration(workshop, null, null, "CONFIRMED", "40.00", "2031-01-20T15:00:00Z");
        a.registration(workshop, null, null, "CANCELLED", "50.00", "2031-01-25T15:00:00Z");
        a.registration(workshop, null, null, "WAITLISTED", "50.00", "2031-03-01T15:00:00Z");
        a.credit(r1, m1, "3.00", "APA", LocalDate.of(2031, 3, 10), false);
        a.credit(r2, null, "3.00", "APA", LocalDate.of(2031, 3, 10), false);

        long conference = a.event("Summer Conference", "CONFERENCE", "2031-04-20T16:00:00Z", 100, f.affiliate,
                "PUBLISHED");
        long session = a.session(conference, "2031-04-20T18:00:00Z");
        a.registration(conference, null, m1, "ATTENDED", "200.00", "2031-03-15T15:00:00Z");
        long r8 = a.registration(conference, session, m2, "ATTENDED", "0.00", "2031-03-16T15:00:00Z");
        long r9 = a.registration(conference, null, null, "ATTENDED", "200.00", "2031-04-02T15:00:00Z");
        a.credit(r8, m2, "1.50", "NBCC", LocalDate.of(2031, 4, 20), false);
        a.credit(r9, null, "2.00", "OTHER", LocalDate.of(2031, 4, 20), true); // withdrawn: not counted

        training = a.event("Autumn Training", "TRAINING", "2031-08-01T16:00:00Z", 5, f.affiliate, "PUBLISHED");
        a.registration(training, null, null, "CONFIRMED", "120.00", "2031-05-10T15:00:00Z");
        long cancelled = a.event("Cancelled Seminar", "WORKSHOP", "2031-03-25T16:00:00Z", 20, f.affiliate,
                "CANCELLED");
        a.registration(cancelled, null, null, "CONFIRMED", "75.00", "2031-02-10T15:00:00Z");
        long national = a.event("National Day", "SOCIAL", "2031-03-20T16:00:00Z", 30, null, "PUBLISHED");
        a.registration(national, null, null, "CONFIRMED", "60.00", "2031-03-01T15:00:00Z");

        circle = a.group("Tuesday Circle", 8);
        a.roster(circle, m1, "ACTIVE");
        a.roster(circle, m2, "ACTIVE");
        a.roster(circle, m3, "REQUESTED");
        long s1 = a.groupSession(circle, "2031-03-04T16:00:00Z", 90, "HELD");
        long s2 = a.groupSession(circle, "2031-03-11T16:00:00Z", 90, "HELD");
        a.groupSession(circle, "2031-03-18T16:00:00Z", 90, "CANCELLED");
        a.groupSession(circle, "2031-07-01T16:00:00Z", 90, "SCHEDULED");
        a.attended(s1, m1);
        a.attended(s1, m2);
        a.attended(s2, m1);
        a.group("Quiet Group", 6);
    }

    @Test
    void incomeAddsTheRegistrationsHoldingASeatToTheDues() {
        assertThat(norm(income.income(new IncomeFilter(H1, f.affiliate, Breakdown.MONTH)))).containsExactly(
                List.of("2031-01", "Event registrations", "1", "40"),
                List.of("2031-02", "Dues", "1", "100"),
                List.of("2031-02", "Event registrations", "2", "100"),
                List.of("2031-03", "Event registrations", "2", "280"),
                List.of("2031-04", "Event registrations", "1", "200"),
                List.of("2031-05", "Event registrations", "1", "120"));
        assertThat(norm(income.income(new IncomeFilter(H1, f.affiliate, Breakdown.CATEGORY)))).containsExactly(
                List.of("Dues", "Not for a term", "1", "100"),
                List.of("Event registrations", a.title("Autumn Training"), "1", "120"),
                List.of("Event registrations", a.title("Spring Workshop"), "4", "220"),
                List.of("Event registrations", a.title("Summer Conference"), "2", "400"));
        ReportResult byMonth = income.income(new IncomeFilter(H1, f.affiliate, Breakdown.MONTH));
        assertThat(byMonth.chart().series()).extracting(s -> s.name()).containsExactly("Event registrations",
                "Dues");
        // the national event's registration is the society's income, not the affiliate's
        assertThat(income.total(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 1))).isEqualByComparingTo("60.00");
    }

    @Test
    void incomeAndEventsFallOnTheSocietysDayNotUtcs() {
        assertThat(societyClock.zone()).isEqualTo(ZoneId.of("America/New_York"));
        // 23:30 on 31 January in New York is 04:30 UTC on 1 February
        long late = a.event("Late Night Talk", "WORKSHOP", "2031-02-01T04:30:00Z", 12, f.affiliate, "PUBLISHED");
        // 21:00 on 31 January in New York
        a.registration(late, null, null, "CONFIRMED", "30.00", "2031-02-01T02:00:00Z");
        assertThat(norm(income.income(new IncomeFilter(H1, f.affiliate, Breakdown.MONTH_AND_CATEGORY))))
                .contains(List.of("2031-01", "Event registrations", a.title("Late Night Talk"), "1", "30"))
                .noneMatch(r -> r.get(0).equals("2031-02") && r.get(2).equals(a.title("Late Night Talk")));
        assertThat(income.total(LocalDate.of(2031, 1, 31), LocalDate.of(2031, 1, 31))).isEqualByComparingTo("30");
        // only the workshop's registration at 10:00 New York time on 1 February
        assertThat(income.total(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 1))).isEqualByComparingTo("50");

        ReportResult months = events.events(new EventFilter(Y2031, f.affiliate, null, EventReports.Breakdown.MONTH));
        assertThat(norm(months).get(0)).isEqualTo(row("2031-01", "1", "12", "1", "0", "0", "0", "0", "0"));
        assertThat(norm(events.events(new EventFilter(new Days(LocalDate.of(2031, 1, 31), LocalDate.of(2031, 1, 31)),
                f.affiliate, null, EventReports.Breakdown.EVENT)))).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly(a.title("Late Night Talk") + " 2031-01-31");
    }

    @Test
    void theLocalTimeExpressionFollowsDaylightSavingInTheDatabase() {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalTimeSql local = new LocalTimeSql(newYork, LocalDateTime.of(2031, 3, 1, 5, 0),
                LocalDateTime.of(2031, 4, 1, 4, 0));
        String sql = "select " + local.local("t.x") + " from (select cast(:x as datetime) as x) t";
        for (String utc : List.of("2031-03-09T06:59:00", "2031-03-09T07:00:00", "2031-03-01T05:00:00",
                "2031-03-31T23:30:00")) {
            Map<String, Object> params = new HashMap<>();
            local.bind(params);
            params.put("x", LocalDateTime.parse(utc));
            LocalDateTime expected = LocalDateTime.ofInstant(LocalDateTime.parse(utc).toInstant(ZoneOffset.UTC),
                    newYork);
            assertThat(named.queryForObject(sql, params, LocalDateTime.class)).as(utc).isEqualTo(expected);
        }
        // before the change 01:59 EST, after it 03:00 EDT
        Map<String, Object> params = new HashMap<>();
        local.bind(params);
        params.put("x", LocalDateTime.parse("2031-03-09T07:00:00"));
        String dayAndMonth = named.queryForObject("select " + local.date("t.x") + ", " + local.month("t.x")
                + " from (select cast(:x as datetime) as x) t", params,
                (rs, i) -> rs.getString(1) + " " + rs.getString(2));
        assertThat(dayAndMonth).isEqualTo("2031-03-09 2031-03");
    }

    @Test
    void eventsPerEventAndPerMonth() {
        String host = f.affiliateShortName();
        assertThat(norm(events.events(new EventFilter(Y2031, f.affiliate, null, EventReports.Breakdown.EVENT))))
                .containsExactly(
                        row(a.title("Spring Workshop"), "2031-03-10", "Workshop", host, "Published", "10", "4", "1",
                                "2", "1", "50", "6"),
                        row(a.title("Cancelled Seminar"), "2031-03-25", "Workshop", host, "Cancelled", "20", "1",
                                "0", "0", "0", "0", "0"),
                        row(a.title("Summer Conference"), "2031-04-20", "Conference", host, "Published", "100", "2",
                                "0", "2", "0", "100", "1.5"),
                        row(a.title("Autumn Training"), "2031-08-01", "Training", host, "Published", "5", "1", "0",
                                "0", "0", null, "0"));
        ReportResult months = events.events(new EventFilter(Y2031, f.affiliate, null,
                EventReports.Breakdown.MONTH));
        assertThat(norm(months)).containsExactly(
                row("2031-03", "2", "30", "5", "1", "2", "1", "40", "6"),
                row("2031-04", "1", "100", "2", "0", "2", "0", "100", "1.5"),
                row("2031-08", "1", "5", "1", "0", "0", "0", null, "0"));
        assertThat(months.chart().categories()).containsExactly("2031-03", "2031-04", "2031-08");
        assertThat(List.<Object>copyOf(months.chart().series().get(0).values())).containsExactly(5L, 2L, 1L);
        assertThat(norm(events.events(new EventFilter(Y2031, f.affiliate, EventKind.TRAINING,
                EventReports.Breakdown.EVENT)))).extracting(r -> r.get(0)).containsExactly(a.title("Autumn Training"));
        // every host: the national event is there too
        assertThat(norm(events.events(new EventFilter(Y2031, null, null, EventReports.Breakdown.EVENT))))
                .extracting(r -> r.get(0)).contains(a.title("National Day"), a.title("Spring Workshop"));
        assertThatThrownBy(() -> events.events(new EventFilter(new Days(LocalDate.of(2031, 2, 1),
                LocalDate.of(2031, 1, 1)), null, null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ceIssuedByTypeAndPeriod() {
        assertThat(norm(ce.issued(new CeFilter(H1, Period.QUARTER, f.affiliate)))).containsExactly(
                row("2031-Q1", "APA", "2", "2", "6"),
                row("2031-Q2", "NBCC", "1", "1", "1.5"));
        assertThat(norm(ce.issued(new CeFilter(H1, Period.MONTH, f.affiliate)))).containsExactly(
                row("2031-03", "APA", "2", "2", "6"),
                row("2031-04", "NBCC", "1", "1", "1.5"));
        ReportResult year = ce.issued(new CeFilter(H1, Period.YEAR, f.affiliate));
        assertThat(norm(year)).containsExactly(row("2031", "APA", "2", "2", "6"), row("2031", "NBCC", "1", "1",
                "1.5"));
        assertThat(year.chart().categories()).containsExactly("2031");
        assertThat(year.chart().series()).extracting(s -> s.name()).containsExactly("APA", "NBCC");
    }

    @Test
    void groupsSessionsAttendanceFillAndHours() {
        List<List<String>> rows = norm(groups.groups(new GroupFilter(Y2031)));
        assertThat(rows.stream().filter(r -> r.get(0).endsWith(f.tag)).toList()).containsExactly(
                row(a.title("Quiet Group"), "Peer consultation", "Active", "6", "0", "0", "0", "0", null, "0"),
                row(a.title("Tuesday Circle"), "Peer consultation", "Active", "8", "2", "25", "2", "3", "1.5",
                        "4.5"));
    }

    @Test
    void anAffiliateAdministratorSeesTheirAffiliatesEventsAndNoGroups() {
        f.administeredBy("affiliate@example.org");
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        // whatever host the filter names (none: all)
        assertThat(norm(events.events(new EventFilter(Y2031, null, null, EventReports.Breakdown.EVENT))))
                .extracting(r -> r.get(0)).containsExactly(a.title("Spring Workshop"), a.title("Cancelled Seminar"),
                        a.title("Summer Conference"), a.title("Autumn Training"));
        assertThat(norm(ce.issued(new CeFilter(H1, Period.QUARTER, null)))).hasSize(2);
        assertThat(income.total(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 6, 30))).isEqualByComparingTo("840.00");
        assertThatThrownBy(() -> groups.groups(new GroupFilter(Y2031))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerReadsTheseReportsButChangesNothing() {
        for (Class<?> service : List.of(EventReports.class, CeReports.class, GroupReports.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    Transactional tx = m.getAnnotation(Transactional.class);
                    assertThat(tx).as(m.toString()).isNotNull();
                    assertThat(tx.readOnly()).as(m.toString()).isTrue();
                }
            }
        }
        assertThat(events.events(new EventFilter(Y2031, f.affiliate, null, null)).table().rows()).hasSize(4);
        assertThatThrownBy(() -> attendance.markAllAttended(workshop, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHomePageFiguresOfAFacilitatingMemberAndOfTheirAffiliate() {
        a.registration(training, null, m1, "CONFIRMED", "50.00", "2031-06-01T15:00:00Z");
        jdbc.update("insert into peer_group_facilitator (group_id, member_id) values (?, ?)", circle, m1);
        jdbc.update("update user_account set member_id = ? where email = 'facilitator@example.org'", m1);
        roles.actAs("facilitator@example.org", Role.FACILITATOR, Role.MEMBER);
        assertThat(mine.nextRegistrations()).isEqualTo(new PersonalActivity.Next(a.title("Autumn Training"),
                Instant.parse("2031-08-01T16:00:00Z"), 1, java.time.ZoneId.of("America/New_York")));
        assertThat(mine.nextGroupSessions()).isEqualTo(new PersonalActivity.Next(a.title("Tuesday Circle"),
                Instant.parse("2031-07-01T16:00:00Z"), 1, null));
        assertThat(mine.nextFacilitatedSessions()).isEqualTo(mine.nextGroupSessions());
        assertThat(mine.openJoinRequests()).isEqualTo(1);
        assertThat(mine.ceHoursThisYear()).isEqualByComparingTo("3.00");

        f.administeredBy("affiliate@example.org");
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        assertThat(events.upcoming(60)).isEqualTo(new EventReports.Fill(1, 5, 2));
        assertThat(events.upcoming(30)).isEqualTo(new EventReports.Fill(0, 0, 0));
        assertThatThrownBy(() -> mine.openJoinRequests()).isInstanceOf(AccessDeniedException.class);
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** Cells as text (numbers without trailing zeros) so that exact figures compare whatever their scale. */
    private static List<List<String>> norm(ReportResult result) {
        List<List<String>> out = new ArrayList<>();
        for (List<Object> row : result.table().rows()) {
            out.add(row.stream().map(c -> c == null ? null : c instanceof BigDecimal d
                    ? d.stripTrailingZeros().toPlainString() : c.toString()).toList());
        }
        return out;
    }
}
