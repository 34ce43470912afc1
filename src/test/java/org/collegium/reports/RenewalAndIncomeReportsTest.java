package org.collegium.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.InvalidInputException;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeForm;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentService;
import org.collegium.reports.service.ChartSpec;
import org.collegium.reports.service.IncomeReports;
import org.collegium.reports.service.IncomeReports.Breakdown;
import org.collegium.reports.service.IncomeReports.IncomeFilter;
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.Months;
import org.collegium.reports.service.RenewalReports;
import org.collegium.reports.service.RenewalReports.DueFilter;
import org.collegium.reports.service.RenewalReports.LapsedFilter;
import org.collegium.reports.service.ReportFiles;
import org.collegium.reports.service.ReportResult;
import org.collegium.reports.service.ReportRows;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Renewals due, lapsed members and income on known rows, exactly; their files; scope; officers change nothing. */
@IntegrationTest
@Transactional // the fixture is rolled back after each test
class RenewalAndIncomeReportsTest {

    static final Months Q1 = new Months(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

    @Autowired RenewalReports renewals;
    @Autowired IncomeReports income;
    @Autowired PaymentService payments;
    @Autowired MembershipTypeService types;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired DemoData demo;
    @Autowired Roles roles;

    ReportFixture f;
    long d1;
    long l1;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-06-15T16:00:00Z"));
        roles.actAs("officer@example.org", Role.OFFICER);
        f = new ReportFixture(jdbc);
        LocalDate recorded = LocalDate.of(2024, 1, 1);
        d1 = f.member("Dueone", recorded);
        long d1Term = f.term(d1, f.typeA, LocalDate.of(2025, 6, 21), LocalDate.of(2026, 6, 20));
        f.status(d1, "ACTIVE");
        long d2 = f.member("Duetwo", recorded);
        long d2Term = f.term(d2, f.typeB, LocalDate.of(2025, 7, 16), LocalDate.of(2026, 7, 15)); // the last day
        f.status(d2, "ACTIVE");
        long d3 = f.member("Duelater", recorded);
        f.term(d3, f.typeA, LocalDate.of(2025, 7, 17), LocalDate.of(2026, 7, 16)); // one day too late
        f.status(d3, "ACTIVE");
        long d4 = f.member("Dueresigned", recorded);
        f.term(d4, f.typeA, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
        f.close(d4, "RESIGNED", LocalDate.of(2026, 5, 1));
        long d5 = f.member("Dueyesterday", recorded);
        f.term(d5, f.typeA, LocalDate.of(2025, 6, 15), LocalDate.of(2026, 6, 14));
        f.status(d5, "GRACE");
        long d6 = f.member("Duerenewed", recorded);
        f.term(d6, f.typeA, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
        f.term(d6, f.typeA, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
        f.status(d6, "ACTIVE");

        l1 = f.member("Lapsedjan", recorded);
        long l1Term = f.term(l1, f.typeA, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)); // lapses 2026-01-31
        f.status(l1, "LAPSED");
        long l2 = f.member("Lapsedmarch", recorded);
        f.term(l2, f.typeB, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        f.close(l2, "LAPSED", LocalDate.of(2026, 3, 10));
        long l3 = f.member("Lapsedlongago", recorded);
        f.term(l3, f.typeA, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        f.status(l3, "LAPSED");

        f.payment(d1, d1Term, "100.00", LocalDate.of(2026, 1, 10));
        f.payment(d2, d2Term, "150.00", LocalDate.of(2026, 1, 20));
        f.payment(d1, null, "25.50", LocalDate.of(2026, 2, 5));
        f.payment(l1, l1Term, "100.00", LocalDate.of(2026, 3, 31));
        f.payment(l1, l1Term, "80.00", LocalDate.of(2026, 4, 1)); // after the range
    }

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void renewalsDueAreOpenTermsEndingFromTodayToTheLastDaySoonestFirst() {
        ReportRows due = renewals.due(new DueFilter(30, f.affiliate));
        assertThat(due.count()).isEqualTo(2);
        assertThat(due.page(0, 10)).containsExactly(
                List.of("Dueone", "Test", email("dueone"), "555-0100", f.affiliateShortName(), f.typeName(f.typeA),
                        "Active", LocalDate.of(2026, 6, 20), 5L),
                List.of("Duetwo", "Test", email("duetwo"), "555-0100", f.affiliateShortName(), f.typeName(f.typeB),
                        "Active", LocalDate.of(2026, 7, 15), 30L));
        assertThat(due.page(1, 10)).hasSize(1);
        assertThat(renewals.due(new DueFilter(0, f.affiliate)).count()).isZero();
        assertThat(renewals.countEnding(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .as("the whole society: includes the fixture's d1 and d6's first term is not its latest")
                .isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> renewals.due(new DueFilter(null, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> renewals.due(new DueFilter(366, null))).isInstanceOf(InvalidInputException.class);
        ChartSpec chart = renewals.dueChart(new DueFilter(30, f.affiliate));
        assertThat(chart.categories()).containsExactly("Jun 15", "Jun 22", "Jun 29", "Jul 6", "Jul 13");
        assertThat(List.<Object>copyOf(chart.series().getFirst().values())).containsExactly(1L, 0L, 0L, 0L, 1L);
        assertThatThrownBy(() -> renewals.dueChart(new DueFilter(-1, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDemoSocietyHasRenewalsDueInTheComingMonth() {
        clock.reset(); // the demo was seeded relative to today's clock
        assertThat(renewals.due(new DueFilter(30, demo.affiliateId("CGPS"))).count()
                + renewals.due(new DueFilter(30, demo.affiliateId("AGPS"))).count()).isPositive();
    }

    @Test
    void lapsedMembersAreThoseLapsedNowWhoseLapseFellInTheRangeLatestFirst() {
        ReportRows lapsed = renewals.lapsed(new LapsedFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15),
                f.affiliate));
        assertThat(lapsed.count()).isEqualTo(2);
        List<List<Object>> rows = lapsed.page(0, 10);
        assertThat(rows).extracting(r -> r.getFirst()).containsExactly("Lapsedmarch", "Lapsedjan");
        assertThat(rows.get(0).subList(7, 9)).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 3, 10));
        assertThat(rows.get(1).subList(7, 9)).containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31));
        assertThat(renewals.lapsed(new LapsedFilter(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 15),
                f.affiliate)).count()).isEqualTo(1);
        assertThatThrownBy(() -> renewals.lapsed(new LapsedFilter(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), null))).isInstanceOf(InvalidInputException.class);
        ChartSpec chart = renewals.lapsedChart(new LapsedFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15),
                f.affiliate));
        assertThat(chart.categories()).containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
                "2026-06");
        assertThat(List.<Object>copyOf(chart.series().getFirst().values())).containsExactly(1L, 0L, 1L, 0L, 0L, 0L);
    }

    @Test
    void aMemberWhoLapsedTwiceIsListedOnTheirLatestLapseByToday() {
        long twice = f.member("Lapsedtwice", LocalDate.of(2024, 1, 1));
        f.term(twice, f.typeA, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)); // lapses 2025-03-31
        f.term(twice, f.typeA, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 4, 30)); // lapses 2026-05-31
        f.status(twice, "LAPSED");
        LapsedFilter year2025 = new LapsedFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), f.affiliate);
        LapsedFilter year2026 = new LapsedFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15), f.affiliate);

        assertThat(lapsedOn(year2025, "Lapsedtwice")).isEmpty();
        assertThat(lapsedOn(year2026, "Lapsedtwice")).containsExactly(LocalDate.of(2026, 5, 31));
        // before the second lapse, the first is still the latest
        clock.set(Instant.parse("2026-05-15T16:00:00Z"));
        assertThat(lapsedOn(year2025, "Lapsedtwice")).containsExactly(LocalDate.of(2025, 3, 31));
        assertThat(lapsedOn(year2026, "Lapsedtwice")).isEmpty();
    }

    @Test
    void theLapsedListPageByPageIsTheWholeListInItsOrder() {
        // thirteen more lapses on three days, so that pages end inside a day's lapses
        String[] names = {"Mossy", "Abbot", "Kerrow", "Abbey", "Zane", "Lowry", "Birch", "Quill", "Dunne", "Yates",
                "Hollis", "Crane", "Pryor"};
        for (int i = 0; i < names.length; i++) {
            long member = f.member("Lapsedpage" + names[i], LocalDate.of(2024, 1, 1));
            LocalDate end = LocalDate.of(2026, 1 + i % 3, 10);
            f.term(member, f.typeA, end.minusYears(1).plusDays(1), end);
            f.status(member, "LAPSED");
        }
        ReportRows lapsed = renewals.lapsed(new LapsedFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15),
                f.affiliate));
        List<List<Object>> whole = lapsed.page(0, 100);
        assertThat(whole).hasSize(15).hasSize((int) lapsed.count());
        assertThat(whole).isSortedAccordingTo(Comparator.<List<Object>, LocalDate>comparing(r -> (LocalDate) r.get(8))
                .reversed().thenComparing(r -> (String) r.getFirst()));
        for (int size : new int[] {1, 2, 4, 7}) {
            List<List<Object>> paged = new ArrayList<>();
            for (int offset = 0; offset < whole.size() + size; offset += size) {
                paged.addAll(lapsed.page(offset, size));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(whole);
        }
    }

    private List<Object> lapsedOn(LapsedFilter filter, String lastName) {
        ReportRows lapsed = renewals.lapsed(filter);
        List<Object> days = lapsed.page(0, 50).stream().filter(r -> lastName.equals(r.getFirst()))
                .map(r -> r.get(8)).toList();
        assertThat(lapsed.count()).isEqualTo(lapsed.page(0, 50).size());
        return days;
    }

    @Test
    void incomeByMonthByTypeAndBoth() {
        ReportResult byMonth = income.income(new IncomeFilter(Q1, f.affiliate, Breakdown.MONTH));
        assertThat(byMonth.table().rows()).containsExactly(
                List.of("2026-01", "Dues", 2L, new BigDecimal("250.00")),
                List.of("2026-02", "Dues", 1L, new BigDecimal("25.50")),
                List.of("2026-03", "Dues", 1L, new BigDecimal("100.00")));
        assertThat(byMonth.chart().categories()).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(List.<Object>copyOf(byMonth.chart().series().getFirst().values())).containsExactly(
                new BigDecimal("250.00"), new BigDecimal("25.50"), new BigDecimal("100.00"));

        assertThat(income.income(new IncomeFilter(Q1, f.affiliate, Breakdown.CATEGORY)).table().rows())
                .containsExactly(
                        List.of("Dues", f.typeName(f.typeA), 2L, new BigDecimal("200.00")),
                        List.of("Dues", f.typeName(f.typeB), 1L, new BigDecimal("150.00")),
                        List.of("Dues", "Not for a term", 1L, new BigDecimal("25.50")));
        assertThat(income.income(new IncomeFilter(Q1, f.affiliate, Breakdown.MONTH_AND_CATEGORY)).table().rows())
                .hasSize(4).first().isEqualTo(List.of("2026-01", "Dues", f.typeName(f.typeA), 1L,
                        new BigDecimal("100.00")));
    }

    @Test
    void anAffiliateAdministratorSeesOnlyTheirOwnAffiliate() {
        roles.actAs("board@example.org", Role.BOARD);
        BigDecimal societyWithFixture = income.total(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        f.administeredBy("affiliate@example.org");
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        assertThat(income.total(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).isEqualByComparingTo("375.50");
        assertThat(societyWithFixture).isGreaterThanOrEqualTo(new BigDecimal("375.50"));
        // whatever affiliate the filter names
        assertThat(income.income(new IncomeFilter(Q1, null, Breakdown.MONTH)).table().rows()).hasSize(3);
        assertThat(renewals.due(new DueFilter(30, null)).count()).isEqualTo(2);
        assertThat(renewals.lapsed(new LapsedFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15), 1L))
                .count()).isEqualTo(2);
        // d1 ends on the 20th, d5 ended on the 14th (in grace); d4 resigned, d6 renewed
        assertThat(renewals.countEnding(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))).isEqualTo(2);
    }

    @Test
    void theFilesHoldExactlyTheRowsOfTheReport() throws IOException {
        ReportRows due = renewals.due(new DueFilter(30, f.affiliate));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(ReportFiles.writeCsv(due, csv)).isEqualTo(2);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactly("Last name", "First name", "Email", "Phone", "Affiliate",
                "Type", "Status", "Term ends", "Days left");
        assertThat(records.get(1).toList()).containsExactly("Dueone", "Test", email("dueone"), "555-0100",
                f.affiliateShortName(), f.typeName(f.typeA), "Active", "2026-06-20", "5");

        ReportResult money = income.income(new IncomeFilter(Q1, f.affiliate, Breakdown.MONTH));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertThat(ReportFiles.writeXlsx(money.table(), "income", xlsx)).isEqualTo(3);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Amount");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("2026-01");
            assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("2"));
            assertThat(rows.get(2).getCellAsNumber(3))
                    .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("25.50"));
        }
    }

    @Test
    void anOfficerReadsEveryReportButChangesNothing() {
        // every report method reads in a read-only transaction: no report writes
        for (Class<?> service : List.of(MembershipReports.class, RenewalReports.class, IncomeReports.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    Transactional tx = m.getAnnotation(Transactional.class);
                    assertThat(tx).as(m.toString()).isNotNull();
                    assertThat(tx.readOnly()).as(m.toString()).isTrue();
                }
            }
        }
        assertThat(renewals.due(new DueFilter(30, null)).count()).isGreaterThanOrEqualTo(2);
        // and the services that change what the reports count refuse an officer
        assertThatThrownBy(() -> payments.record(d1, new PaymentForm(new BigDecimal("10.00"), PaymentMethod.CHECK,
                null, LocalDate.of(2026, 6, 15), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> types.create(new TypeForm("Officer type", null, BigDecimal.ONE, 12, 30, 30,
                false, true, 0))).isInstanceOf(AccessDeniedException.class);
    }

    private String email(String last) {
        return jdbc.queryForObject("select email from member where last_name = ? and affiliate_id = ?", String.class,
                capitalised(last), f.affiliate);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
