package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.domain.FieldChange;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.MemberColumn;
import org.collegium.members.service.MemberExport;
import org.collegium.members.service.MemberImport;
import org.collegium.members.service.MemberStatusTimeline;
import org.collegium.members.service.MemberImport.ImportCheck;
import org.collegium.members.service.MemberImport.ImportFile;
import org.collegium.members.service.MemberImport.ImportFileException;
import org.collegium.members.service.MemberImport.ImportIssue;
import org.collegium.members.service.MemberImport.ImportProgress;
import org.collegium.members.service.MemberImport.ImportRejectedException;
import org.collegium.members.service.MemberImport.ImportResult;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** CSV import on MariaDB: clear messages for bad files, every row error by line and column, all rows or none. */
@IntegrationTest
class MemberImportTest {

    static final String HEADER = "last name,first name,email,credentials,discipline,licence state,licence number,"
            + "practice,city,state,postal code,country,affiliate";

    @Autowired MemberImport importer;
    @Autowired MemberExport export;
    @Autowired MemberService members;
    @Autowired AffiliateService affiliates;
    @Autowired AuditEntryRepository audit;
    @Autowired Roles roles;
    @Autowired DemoData demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired MemberStatusTimeline timeline;
    @Autowired Clock clock;

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
    }

    @Test
    void aGoodFileImportsEveryRowAndIsAudited() {
        Instant started = clock.instant();
        String tag = tag();
        ImportFile file = read(HEADER,
                tag + ",Irvin,irvin-" + tag + "@example.org,MD,Psychiatry,CA,A-100,Zoë's Café 🙂,Palo Alto,CA,94301,"
                        + "US,",
                tag + ",Molyn,MOLYN-" + tag + "@Example.org,PhD,psychology,ny,12-34,,New York,NY,10001,,AGPS",
                "\"" + tag + "\",Jacob,jacob-" + tag + "@example.org,LCSW,SOCIAL_WORK,,,\"Group, Family & Co\","
                        + "Vienna,,1010,AT,Carolinas Group Psychotherapy Society");
        ImportCheck check = importer.check(file, false);
        assertThat(check.errors()).isEmpty();
        assertThat(check).extracting(ImportCheck::rows, ImportCheck::newMembers, ImportCheck::updates)
                .containsExactly(3, 3, 0);
        assertThat(check.ready()).isTrue();

        ImportResult result = importer.run(file, false, ImportProgress.NONE);
        assertThat(result).isEqualTo(new ImportResult(3, 0, 0));
        List<MemberSummary> imported = find(tag);
        assertThat(imported).extracting(MemberSummary::firstName, MemberSummary::email, MemberSummary::affiliateName)
                .containsExactlyInAnyOrder(tuple("Irvin", "irvin-" + tag.toLowerCase() + "@example.org", null),
                        tuple("Molyn", "molyn-" + tag.toLowerCase() + "@example.org", "AGPS"),
                        tuple("Jacob", "jacob-" + tag.toLowerCase() + "@example.org", "CGPS"));
        MemberForm molyn = members.get(id(imported, "Molyn")).form();
        assertThat(molyn.discipline()).isEqualTo(Discipline.PSYCHOLOGY);
        assertThat(molyn.licenceState()).isEqualTo("NY");
        assertThat(molyn.country()).as("an empty country means US").isEqualTo("US");
        assertThat(members.get(id(imported, "Jacob")).form().practiceName()).isEqualTo("Group, Family & Co");
        assertThat(members.get(id(imported, "Irvin")).form().practiceName()).isEqualTo("Zoë's Café 🙂");

        AuditEntry entry = audit.findByActionOrderByIdDesc("MEMBERS_IMPORTED", PageRequest.of(0, 1)).getFirst();
        assertThat(entry.getActor()).isEqualTo("board@example.org");
        assertThat(entry.getSummary()).contains("members.csv").contains("3 new, 0 updated");

        // each new member is audited as one created in the members view is
        long irvin = id(imported, "Irvin");
        AuditEntry created = audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("Member",
                String.valueOf(irvin)).getFirst();
        assertThat(created).extracting(AuditEntry::getAction, AuditEntry::getActor, AuditEntry::getSummary)
                .containsExactly("MEMBER_CREATED", "board@example.org", "Member Irvin " + tag + " created");
        assertThat(created.getChanges()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("email", null, "irvin-" + tag.toLowerCase() + "@example.org"),
                        tuple("name", null, "Irvin " + tag));
        assertThat(created.getOccurredAt()).isBetween(started.minusSeconds(1), clock.instant().plusSeconds(1));
        assertThat(jdbc.queryForMap("select created_by, created_at, version, status from member where id = ?",
                irvin)).containsEntry("created_by", "board@example.org").containsEntry("version", 0L)
                .containsEntry("status", "APPLICANT");
    }

    @Test
    void aThousandRowsWithOneBadRowImportNothing() {
        String tag = tag();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 1_000; i++) {
            String email = i == 700 ? "not-an-email" : "row" + i + "-" + tag + "@example.org";
            lines.add(tag + ",Row" + i + "," + email + ",LCSW,Social work,NC,R-" + i + ",,Raleigh,NC,27601,US,");
        }
        ImportFile file = read(lines.toArray(String[]::new));

        ImportCheck check = importer.check(file, false);
        assertThat(check.errors()).extracting(ImportIssue::line, ImportIssue::column)
                .containsExactly(tuple(702L, "email"));
        assertThat(check.ready()).isFalse();
        assertThatThrownBy(() -> importer.run(file, false, ImportProgress.NONE))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(count(tag)).as("not one of the 999 good rows").isZero();
    }

    @Test
    void anEmailTakenWhileImportingStopsTheImportAndImportsNothing() {
        String tag = tag();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 1_000; i++) {
            lines.add(tag + ",Row" + i + ",row" + i + "-" + tag + "@example.org,LCSW,Social work,,,,,,,US,");
        }
        ImportFile file = read(lines.toArray(String[]::new));
        assertThat(importer.check(file, false).errors()).isEmpty();

        // after the check, and half way through the writing, someone adds a member with row 900's email
        ImportProgress meanwhile = (done, total) -> {
            if (done == 500) {
                members.create(new MemberForm("Quick", tag, "row900-" + tag + "@example.org", null, null,
                        Discipline.OTHER, null, null, null, null, null, null, "US", null, false, false, null, 0));
            }
        };
        assertThatThrownBy(() -> importer.run(file, false, meanwhile))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Nothing was imported");
        assertThat(count(tag)).as("all or nothing").isZero();
    }

    @Test
    void aBadFileListsEveryErrorByLineAndColumnAndImportsNothing() {
        String tag = tag();
        String ok = "@example.org,LCSW,Social work,NC,C-1,Practice,Raleigh,NC,27601,US,";
        ImportFile file = read(HEADER,
                tag + ",Good,good-" + tag + ok,                                              // line 2
                tag + ", ,blank-" + tag + ok,                                                 // line 3: first name
                tag + ",Mail,not-an-email,LCSW,Social work,NC,C-1,P,Raleigh,NC,27601,US,",    // line 4: email
                tag + ",Disc,disc-" + tag + "@example.org,LCSW,Astrology,NC,C-1,P,R,NC,27601,US,", // 5: discipline
                tag + ",State,state-" + tag + "@example.org,,Other,ZZ,C#1,P,R,NC,123,US,",    // line 6: three
                "\"" + tag + "\",Multi,multi-" + tag + "@example.org,,Other,,,\"Two\nlines\",R,NC,27601,US,", // 7-8
                tag + ",Twice,twice-" + tag + ok,                                             // line 9
                tag + ",Again,TWICE-" + tag + ok,                                             // line 10: duplicate
                tag + ",Aff,aff-" + tag + "@example.org,,Other,,,,,,,US,Nowhere Society",     // line 11: affiliate
                tag + ",Short,short-" + tag + "@example.org");                                 // line 12: too few
        ImportCheck check = importer.check(file, false);
        assertThat(check.ready()).isFalse();
        assertThat(check.errors()).extracting(ImportIssue::line, ImportIssue::column).containsExactly(
                tuple(3L, "first name"),
                tuple(4L, "email"),
                tuple(5L, "discipline"),
                tuple(6L, "licence state"),
                tuple(6L, "licence number"),
                tuple(6L, "postal code"),
                tuple(10L, "email"),
                tuple(11L, "affiliate"),
                tuple(12L, null));
        assertThat(check.errors().get(0).message()).isEqualTo("The first name is required.");
        assertThat(check.errors().get(2).message()).contains("\"Astrology\" is not a discipline");
        assertThat(check.errors().get(6).message()).contains("also on line 9");
        assertThat(check.errors().get(7).message()).contains("no affiliate \"Nowhere Society\"");
        assertThat(check.errors().get(8).message()).contains("3 values").contains("13 columns");

        assertThatThrownBy(() -> importer.run(file, false, ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.check().errors()).hasSize(9));
        assertThat(find(tag)).as("nothing imported, not even the good rows").isEmpty();
    }

    @Test
    void wrongColumnsAreRefusedWithAClearMessage() {
        assertFileRefused("a required column missing", csv("last name,first name,discipline", "a,b,Other"),
                "no column \"email\"");
        assertFileRefused("a column twice", csv("last name,first name,email,Email,discipline"),
                "\"email\" appears twice");
        assertFileRefused("no header row", csv("Yalom,Irvin,irvin@example.org,Psychiatry"),
                "names none of them");
        assertFileRefused("semicolons", csv("last name;first name;email;discipline", "a;b;c;d"), "semicolons");
        assertFileRefused("a nameless column", csv("last name,first name,,email,discipline"),
                "Column 3 has no name");
        assertFileRefused("empty", new byte[0], "The file is empty");
        assertFileRefused("an unclosed quote", csv(HEADER, "a,b,c@example.org,,Other", "a,\"b,c,d,e"),
                "Line 3 opens a value with a double quote (\") that is never closed");
        assertFileRefused("text after a quoted value", csv(HEADER, "a,\"b\"x,c,d,e"),
                "Line 2 has text right after a value in double quotes");

        ImportFile american = read("Last_Name,FIRST NAME,EMAIL,Discipline,License State,License Number",
                "Yalom,Irvin,yalom-" + tag() + "@example.org,Psychiatry,CA,A-1");
        assertThat(american.size()).as("case, spacing and the American spelling are all right").isEqualTo(1);
    }

    @Test
    void theUsualHeaderSpellingsOfOtherSystemsAreRead() {
        ImportFile file = read("Last name,First Name,E-mail,Profession,Zip,Phone Number,Licence #State",
                "Yalom,Irvin,alias-" + tag() + "@example.org,Psychiatry,94301,650-555-0100,CA");
        assertThat(file.needsMapping()).isFalse();
        assertThat(file.columns()).containsExactly(MemberColumn.LAST_NAME, MemberColumn.FIRST_NAME,
                MemberColumn.EMAIL, MemberColumn.DISCIPLINE, MemberColumn.POSTAL_CODE, MemberColumn.PHONE,
                MemberColumn.LICENCE_STATE);
        assertThat(read("SURNAME,given_name,Email Address,discipline,Postal code", "a,b,c,Other,1").columns())
                .containsExactly(MemberColumn.LAST_NAME, MemberColumn.FIRST_NAME, MemberColumn.EMAIL,
                        MemberColumn.DISCIPLINE, MemberColumn.POSTAL_CODE);
    }

    @Test
    void unknownColumnsAreMappedByThePersonNotRefused() {
        String tag = tag();
        ImportFile file = read("Family,First name,Mail,Discipline,Favourite colour",
                tag + ",Irvin,mapped-" + tag + "@example.org,Psychiatry,green");
        assertThat(file.needsMapping()).isTrue();
        assertThat(file.unmapped()).containsExactly(0, 4);
        assertThat(importer.check(file, false).errors()).extracting(ImportIssue::line, ImportIssue::column)
                .containsExactly(tuple(1L, "Family"), tuple(1L, "Favourite colour"));
        assertThat(importer.check(file, false).ready()).isFalse();

        assertThatThrownBy(() -> importer.map(file, Arrays.asList(MemberColumn.FIRST_NAME, MemberColumn.FIRST_NAME,
                MemberColumn.EMAIL, MemberColumn.DISCIPLINE, null))).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("Two columns of the file are chosen as \"first name\"");
        assertThatThrownBy(() -> importer.map(file, Arrays.asList(null, MemberColumn.FIRST_NAME, MemberColumn.EMAIL,
                MemberColumn.DISCIPLINE, null))).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("no column \"last name\"");

        ImportFile mapped = importer.map(file, Arrays.asList(MemberColumn.LAST_NAME, MemberColumn.FIRST_NAME,
                MemberColumn.EMAIL, MemberColumn.DISCIPLINE, null));
        assertThat(importer.check(mapped, false).ready()).isTrue();
        assertThat(importer.run(mapped, false, ImportProgress.NONE)).isEqualTo(new ImportResult(1, 0, 0));
        assertThat(find(tag)).extracting(MemberSummary::firstName).containsExactly("Irvin");
    }

    @Test
    void onlyRowsThatChangeAMemberCountAsUpdated() {
        String tag = tag();
        String same = "same-" + tag + "@example.org";
        String moved = "moved-" + tag + "@example.org";
        members.create(new MemberForm("Same", tag, same, null, null, Discipline.OTHER, null, null, null, "Cary",
                null, null, "US", null, false, false, null, 0));
        members.create(new MemberForm("Moved", tag, moved, null, null, Discipline.OTHER, null, null, null, "Cary",
                null, null, "US", null, false, false, null, 0));
        ImportFile file = read("last name,first name,email,discipline,city",
                tag + ", Same ," + same.toUpperCase() + ",Other,Cary",
                tag + ",Moved," + moved + ",Other,Durham");
        ImportCheck check = importer.check(file, true);
        assertThat(check).extracting(ImportCheck::newMembers, ImportCheck::updates, ImportCheck::unchanged)
                .containsExactly(0, 1, 1);
        assertThat(importer.run(file, true, ImportProgress.NONE)).isEqualTo(new ImportResult(0, 1, 1));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheLine() {
        byte[] latin1 = (HEADER + "\nMüller,Anna,anna@example.org,,Other,,,,,,,,\nJosé,Ana,ana@example.org,,Other"
                + ",,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertFileRefused("Latin-1", latin1, "not UTF-8 text: line 2");

        byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16);
        assertFileRefused("UTF-16", utf16, "UTF-16");
        assertFileRefused("a workbook", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0}, "spreadsheet workbook");

        byte[] withBom = ("\uFEFF" + HEADER + "\nYalom,Irvin,bom-" + tag() + "@example.org,,Other,,,,,,,,")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(importer.read("bom.csv", new ByteArrayInputStream(withBom)).size())
                .as("a UTF-8 byte-order mark is fine").isEqualTo(1);
    }

    @Test
    void hugeLinesFilesAndRowCountsAreRefused() {
        String longPractice = "x".repeat(MemberImport.MAX_LINE_LENGTH);
        assertFileRefused("a huge line", csv(HEADER, "a,b,c@example.org,,Other,,," + longPractice + ",,,,,"),
                "Line 2 is longer than 10,000 characters");

        InputStream huge = new InputStream() { // the header, then 21 MB of empty lines, made as it is read
            private final byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                long p = position++;
                return p < header.length ? header[(int) p] : p < 21L * 1024 * 1024 ? '\n' : -1;
            }
        };
        assertThatThrownBy(() -> importer.read("huge.csv", huge)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("larger than 20 MB");

        StringBuilder many = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= MemberImport.MAX_ROWS; i++) {
            many.append("a,b,c,,Other,,,,,,,,\n");
        }
        assertFileRefused("too many rows", many.toString().getBytes(StandardCharsets.UTF_8), "more than 50,000");
    }

    @Test
    void existingMembersAreErrorsUnlessThePersonChoosesToUpdateThem() {
        String tag = tag();
        String email = "existing-" + tag + "@example.org";
        MemberDetails before = members.create(new MemberForm("Exi", tag, email, "919-555-0100", "LCSW",
                Discipline.SOCIAL_WORK, "NC", "C-1", "Old practice", "Raleigh", "NC", "27601", "US", carolinas, true,
                false, "keep these notes", 0));
        ImportFile file = read("email,last name,first name,discipline,city",
                email.toUpperCase() + "," + tag + ",Existing,Counseling,Durham",
                "new-" + tag + "@example.org," + tag + ",Newcomer,Other,Cary");

        ImportCheck off = importer.check(file, false);
        assertThat(off.errors()).extracting(ImportIssue::line, ImportIssue::column).containsExactly(tuple(2L, "email"));
        assertThat(off.errors().getFirst().message()).contains("already exists");
        assertThatThrownBy(() -> importer.run(file, false, ImportProgress.NONE))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(find(tag)).hasSize(1);

        ImportCheck on = importer.check(file, true);
        assertThat(on.errors()).isEmpty();
        assertThat(on).extracting(ImportCheck::newMembers, ImportCheck::updates).containsExactly(1, 1);
        assertThat(importer.run(file, true, ImportProgress.NONE)).isEqualTo(new ImportResult(1, 1, 0));

        MemberForm after = members.get(before.id()).form();
        assertThat(after.firstName()).isEqualTo("Existing");
        assertThat(after.city()).isEqualTo("Durham");
        assertThat(after.discipline()).isEqualTo(Discipline.COUNSELING);
        assertThat(after.phone()).as("columns the file does not have are kept").isEqualTo("919-555-0100");
        assertThat(after.practiceName()).isEqualTo("Old practice");
        assertThat(after.notes()).isEqualTo("keep these notes");
        assertThat(after.affiliateId()).isEqualTo(carolinas);
        assertThat(after.version()).isGreaterThan(before.form().version());
        assertThat(find(tag)).hasSize(2);
    }

    @Test
    void anExportedFileImportsBackUnchanged() throws IOException {
        String tag = tag();
        members.create(new MemberForm("=Round", tag, "round-" + tag + "@example.org", null, "-PhD",
                Discipline.NURSING, "GA", "N-1", "+Trip", "Atlanta", "GA", "30301", "US", atlanta, false, false,
                null, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(new MemberFilter(tag, null, null, null), out);

        ImportFile file = importer.read("export.csv", new ByteArrayInputStream(out.toByteArray()));
        ImportCheck check = importer.check(file, true);
        assertThat(check.errors()).isEmpty();
        assertThat(check.updates()).as("nothing changed: not an update").isZero();
        assertThat(check.unchanged()).isEqualTo(1);
        assertThat(importer.run(file, true, ImportProgress.NONE)).isEqualTo(new ImportResult(0, 0, 1));
        MemberForm after = members.get(find(tag).getFirst().id()).form();
        assertThat(after.firstName()).as("the export's formula guard is taken off again").isEqualTo("=Round");
        assertThat(after.credentials()).isEqualTo("-PhD");
        assertThat(after.practiceName()).isEqualTo("+Trip");
        assertThat(after.affiliateId()).isEqualTo(atlanta);
    }

    @Test
    void anAffiliateAdministratorImportsIntoTheirOwnAffiliateOnly() {
        String tag = tag();
        String atlantan = members.find(new MemberFilter("", null, null, atlanta), PageRequest.of(0, 1)).getFirst()
                .email();
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        ImportFile bad = read(HEADER,
                tag + ",Own,own-" + tag + "@example.org,,Other,,,,,,,,",
                tag + ",Named,named-" + tag + "@example.org,,Other,,,,,,,,cgps",
                tag + ",Other,other-" + tag + "@example.org,,Other,,,,,,,,AGPS",
                tag + ",Theirs," + atlantan + ",,Other,,,,,,,,");
        ImportCheck check = importer.check(bad, true);
        assertThat(check.errors()).extracting(ImportIssue::line, ImportIssue::column)
                .containsExactly(tuple(4L, "affiliate"), tuple(5L, "email"));
        assertThat(check.errors().get(0).message()).contains("CGPS only");
        assertThat(check.errors().get(1).message()).contains("outside your affiliate");

        ImportFile good = read(HEADER,
                tag + ",Own,own-" + tag + "@example.org,,Other,,,,,,,,",
                tag + ",Named,named-" + tag + "@example.org,,Other,,,,,,,,cgps");
        assertThat(importer.run(good, true, ImportProgress.NONE)).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(find(tag)).extracting(MemberSummary::affiliateName).containsOnly("CGPS");

        for (Role role : new Role[] {Role.OFFICER, Role.MEMBER, Role.FACILITATOR}) {
            roles.actAs("someone@example.org", role);
            assertThatThrownBy(() -> importer.read("members.csv", new ByteArrayInputStream(csv(HEADER))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> importer.check(good, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> importer.run(good, false, ImportProgress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void tenThousandRowsImportInOneTransaction() {
        String tag = tag();
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 10_000; i++) {
            text.append(tag).append(",Member").append(i).append(",bulk").append(i).append('-').append(tag)
                    .append("@example.org,LCSW,Social work,NC,C-").append(i).append(",Practice,Raleigh,NC,27601,US,")
                    .append(i % 2 == 0 ? "CGPS" : "").append('\n');
        }
        ImportFile file = importer.read("bulk.csv", new ByteArrayInputStream(text.toString()
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(importer.check(file, false)).extracting(ImportCheck::newMembers, ImportCheck::errors)
                .containsExactly(10_000, List.of());

        try {
            // a failure half way through takes back every row written before it
            ImportProgress failHalfWay = (done, total) -> {
                if (done >= 5_000) {
                    throw new IllegalStateException("stop at " + done);
                }
            };
            assertThatThrownBy(() -> importer.run(file, false, failHalfWay)).hasMessage("stop at 5000");
            assertThat(count(tag)).as("all or nothing").isZero();

            List<int[]> reported = new ArrayList<>();
            ImportResult result = importer.run(file, false, (done, total) -> reported.add(new int[] {done, total}));
            assertThat(result).isEqualTo(new ImportResult(10_000, 0, 0));
            assertThat(count(tag)).isEqualTo(10_000);
            assertThat(reported.getFirst()).containsExactly(0, 10_000);
            assertThat(reported.getLast()).containsExactly(10_000, 10_000);
            assertThat(reported).hasSizeGreaterThan(50);
            assertThat(count(tag, carolinas)).isEqualTo(5_000);
        } finally {
            // leave the shared test database as small as the other tests expect it
            timeline.inBulk(() -> jdbc.update("delete from member where last_name = ?", tag));
        }
    }

    // --- helpers

    private void assertFileRefused(String what, byte[] bytes, String message) {
        assertThatThrownBy(() -> importer.read("members.csv", new ByteArrayInputStream(bytes))).as(what)
                .isInstanceOf(ImportFileException.class).hasMessageContaining(message);
    }

    private ImportFile read(String... lines) {
        return importer.read("members.csv", new ByteArrayInputStream(csv(lines)));
    }

    static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<MemberSummary> find(String tag) {
        return members.find(new MemberFilter(tag, null, null, null), PageRequest.of(0, 50, Sort.by("firstName")));
    }

    private long count(String tag) {
        return members.count(new MemberFilter(tag, null, null, null));
    }

    private long count(String tag, long affiliate) {
        return members.count(new MemberFilter(tag, null, null, affiliate));
    }

    private static long id(List<MemberSummary> list, String firstName) {
        return list.stream().filter(m -> m.firstName().equals(firstName)).findFirst().orElseThrow().id();
    }


    private static String tag() {
        return "Imp" + UUID.randomUUID().toString().substring(0, 8);
    }
}
