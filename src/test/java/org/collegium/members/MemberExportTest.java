package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.collegium.accounts.domain.Role;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberColumn;
import org.collegium.members.service.MemberExport;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MemberRows;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The members list as CSV and Excel, on MariaDB: the filter, the scope, every page, and formula-safe cells. */
@IntegrationTest
class MemberExportTest {

    private static final List<String> HEADER = Arrays.stream(MemberColumn.values()).map(MemberColumn::header)
            .toList();

    @Autowired MemberExport export;
    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired AffiliateService affiliates;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired DemoData demo;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long carolinas;
    private long atlanta;

    @BeforeEach
    void setUp() {
        roles.actAs("board@example.org", Role.BOARD);
        carolinas = demo.affiliateId("CGPS");
        atlanta = demo.affiliateId("AGPS");
    }

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void theCsvHasExactlyTheFilteredMembersWithEveryColumn() throws IOException {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        String tag = tag();
        MemberDetails ada = members.create(form("Ada", tag + "a", email(), atlanta));
        members.renew(ada.id(), types.all().stream().filter(t -> t.name().equals("Clinical")).findFirst()
                .orElseThrow().id(), ada.form().version());
        members.create(form("Bea", tag + "b", email(), atlanta));
        members.create(form("Cleo", tag + "c", email(), carolinas)); // another affiliate: filtered out

        List<CSVRecord> rows = csv(new MemberFilter(tag, null, null, atlanta));
        assertThat(rows.getFirst().toList()).isEqualTo(HEADER);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toList()).containsExactly(tag + "a", "Ada", ada.form().email(), "919-555-0100",
                "LCSW", "Social work", "NC", "C-1234", "Practice", "Raleigh", "NC", "27601", "US", "AGPS", "Active",
                "Clinical", "2027-03-09");
        assertThat(rows.get(2).get(1)).isEqualTo("Bea");
        assertThat(rows.get(2).get(14)).isEqualTo("Applicant");
        assertThat(rows.get(2).get(16)).isEmpty();

        assertThat(csv(new MemberFilter(tag, MembershipStatus.ACTIVE, null, null))).hasSize(2);
    }

    @Test
    void theWholeListComesPageByPageWithEveryMemberOnce() throws IOException {
        List<CSVRecord> rows = csv(MemberFilter.none());
        long total = members.count(MemberFilter.none());
        assertThat(total).as("more than one page of 40 (application-test.properties)").isGreaterThan(200);
        assertThat(rows).hasSize((int) total + 1);
        assertThat(rows.stream().skip(1).map(r -> r.get(2)).distinct().count()).isEqualTo(total);
        assertThat(rows.stream().skip(1).map(r -> r.get(2)).toList()).as("in the list's order, page after page")
                .isEqualTo(jdbc.queryForList("select email from member order by last_name, first_name, id",
                        String.class));
    }

    @Test
    void namesSharedAcrossPagesComeOnceEachInTheirOrder() throws IOException {
        // 90 members of one name: pages of 40 end inside them, so each page must start after the last one's member
        String tag = "Kx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        MemberRows.insert(jdbc, 90, "Same", i -> tag, i -> "k" + i + "." + tag.toLowerCase(java.util.Locale.ROOT)
                + "@example.org");
        try {
            List<CSVRecord> rows = csv(new MemberFilter(tag, null, null, null));
            assertThat(rows.stream().skip(1).map(r -> r.get(2)).toList()).isEqualTo(jdbc.queryForList(
                    "select email from member where last_name = ? order by id", String.class, tag));
        } finally {
            jdbc.update("delete from member where last_name = ?", tag);
        }
    }

    @Test
    void anAffiliateAdministratorExportsOnlyTheirOwnMembers() throws IOException {
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        long own = members.count(MemberFilter.none());
        List<CSVRecord> rows = csv(new MemberFilter("", null, null, atlanta)); // asks for another affiliate
        assertThat(rows).hasSize((int) own + 1);
        assertThat(rows.stream().skip(1)).allMatch(r -> r.get(13).equals("CGPS"));

        roles.actAs("member@example.org", Role.MEMBER);
        assertThatThrownBy(() -> export.writeCsv(MemberFilter.none(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.writeXlsx(MemberFilter.none(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreEscaped() throws IOException {
        String tag = tag();
        MemberForm evil = new MemberForm("=HYPERLINK(\"http://evil.example\",\"click\")", tag, email(), null,
                "-LCSW", Discipline.COUNSELING, null, null, "+1+2", "@SUM(A1:A9)", "\tTab", null, "US", null,
                false, false, null, 0);
        members.create(evil);

        byte[] bytes = csvBytes(new MemberFilter(tag, null, null, null));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVRecord row = parse(text.substring(1)).get(1);
        assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.get(4)).isEqualTo("'-LCSW");
        assertThat(row.get(8)).isEqualTo("'+1+2");
        assertThat(row.get(9)).isEqualTo("'@SUM(A1:A9)");
        assertThat(row.get(0)).as("ordinary text is untouched").isEqualTo(tag);
        for (String cell : row) {
            assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@");
        }
    }

    @Test
    void theWorkbookOpensAndHasTheFilteredRows() throws IOException {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        String tag = tag();
        MemberDetails ada = members.create(form("Ada", tag + "a", email(), atlanta));
        members.renew(ada.id(), types.all().stream().filter(t -> t.name().equals("Student")).findFirst()
                .orElseThrow().id(), ada.form().version());
        members.create(form("=Bea", tag + "b", email(), null));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.writeXlsx(new MemberFilter(tag, null, null, null), out)).isEqualTo(2);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().stream().map(c -> c.getText()).toList()).isEqualTo(HEADER);
            Row first = rows.get(1);
            assertThat(first.getCellAsString(0)).contains(tag + "a");
            assertThat(first.getCellAsString(2)).contains(ada.form().email());
            assertThat(first.getCellAsString(13)).contains("AGPS");
            assertThat(first.getCellAsString(15)).contains("Student");
            assertThat(first.getCellAsDate(16)).contains(LocalDateTime.of(LocalDate.of(2027, 3, 9),
                    java.time.LocalTime.MIDNIGHT));
            assertThat(rows.get(2).getCellAsString(1)).as("a text cell, never a formula").contains("=Bea");
            assertThat(rows.get(2).getCell(1).getFormula()).isNull();
            assertThat(rows.get(2).getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
    }

    @Test
    void theWholeListAsAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = export.writeXlsx(MemberFilter.none(), out);
        assertThat(written).isEqualTo(members.count(MemberFilter.none()));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize((int) written + 1);
        }
    }

    private List<CSVRecord> csv(MemberFilter filter) throws IOException {
        byte[] bytes = csvBytes(filter);
        var reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        assertThat(reader.read()).as("byte-order mark").isEqualTo('\uFEFF');
        return CSVFormat.RFC4180.parse(reader).getRecords();
    }

    private byte[] csvBytes(MemberFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(filter, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private MemberForm form(String first, String last, String email, Long affiliate) {
        return new MemberForm(first, last, email, "919-555-0100", "LCSW", Discipline.SOCIAL_WORK, "NC", "C-1234",
                "Practice", "Raleigh", "NC", "27601", "US", affiliate, true, false, null, 0);
    }


    private static String tag() {
        return "Export" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String email() {
        return "export-" + UUID.randomUUID() + "@example.org";
    }
}
