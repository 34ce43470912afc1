package org.collegium.members.service;

import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collegium.base.i18n.Messages;
import org.collegium.base.domain.Access;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members list as a file: exactly the members the filter matches, within the caller's scope (an affiliate
 * administrator gets their own affiliate's members only), read from the database a page at a time and written
 * to the stream as each page arrives. Columns are {@link MemberColumn}s, in their order.
 */
@Service
public class MemberExport {

    private static final String READERS = Access.RECORD_READERS;
    private static final Sort ORDER = Sort.by("lastName", "firstName", "id");

    private final MemberRepository members;
    private final MemberAccess scope;
    private final EntityManager entityManager;
    private final int pageSize;

    public MemberExport(MemberRepository members, MemberAccess scope, EntityManager entityManager,
            @Value("${collegium.members.export-page-size:500}") int pageSize) {
        this.members = members;
        this.scope = scope;
        this.entityManager = entityManager;
        this.pageSize = pageSize;
    }

    /**
     * Writes UTF-8 CSV (with a byte-order mark, so spreadsheet programs read the accents right); a cell that a
     * spreadsheet would take for a formula gets a leading apostrophe. Returns the number of members written.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long writeCsv(MemberFilter filter, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(Arrays.stream(MemberColumn.values()).map(MemberColumn::header));
        long count = forEachPage(filter, rows -> {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(MemberExport::csvCell));
            }
            csv.flush();
        });
        csv.flush();
        return count;
    }

    /** Writes an Excel workbook with one sheet; term ends is a real date. Returns the number of members written. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long writeXlsx(MemberFilter filter, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Collegium", "1.0");
        Worksheet sheet = workbook.newWorksheet("Members");
        MemberColumn[] columns = MemberColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].header());
            sheet.style(0, c).bold().set();
            sheet.width(c, c == MemberColumn.EMAIL.ordinal() || c == MemberColumn.PRACTICE.ordinal() ? 32 : 16);
        }
        sheet.freezePane(0, 1);
        int[] next = {1};
        long count = forEachPage(filter, rows -> {
            for (List<Object> row : rows) {
                int r = next[0]++;
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            sheet.flush(); // the rows so far go to the stream; memory stays flat however long the list
        });
        workbook.finish();
        return count;
    }

    @FunctionalInterface
    private interface PageWriter {
        void write(List<List<Object>> rows) throws IOException;
    }

    /**
     * Reads the matching members a page at a time (in one read-only transaction, so pages are consistent), each page
     * after the last one's final member in the list's order (a keyset): a page skipped over by an offset instead was
     * read again by every later page, and the whole list of 100,000 took 330 s.
     */
    private long forEachPage(MemberFilter filter, PageWriter writer) throws IOException {
        Specification<Member> matching = scope.matching(filter);
        long count = 0;
        ScrollPosition after = ScrollPosition.keyset();
        while (true) {
            ScrollPosition from = after;
            Window<Member> page = members.findBy(matching, q -> q.sortBy(ORDER).limit(pageSize).scroll(from));
            List<List<Object>> rows = new ArrayList<>(page.size());
            for (Member m : page) {
                rows.add(row(m));
            }
            if (!page.isEmpty()) {
                after = page.positionAt(page.size() - 1);
            }
            entityManager.clear(); // the page is written; let its entities go
            writer.write(rows);
            count += rows.size();
            if (!page.hasNext()) {
                return count;
            }
        }
    }

    /**
     * One member's cells, in column order; term ends stays a date, everything else is text or null. Discipline and
     * status are written in English whoever downloads: a file reads the same to everyone and re-imports anywhere.
     */
    static List<Object> row(Member m) {
        List<Object> row = new ArrayList<>(MemberColumn.values().length);
        for (MemberColumn column : MemberColumn.values()) {
            row.add(switch (column) {
                case LAST_NAME -> m.getLastName();
                case FIRST_NAME -> m.getFirstName();
                case EMAIL -> m.getEmail();
                case PHONE -> m.getPhone();
                case CREDENTIALS -> m.getCredentials();
                case DISCIPLINE -> m.getDiscipline() == null ? null : m.getDiscipline().label(Messages.ENGLISH);
                case LICENCE_STATE -> m.getLicenceState();
                case LICENCE_NUMBER -> m.getLicenceNumber();
                case PRACTICE -> m.getPracticeName();
                case CITY -> m.getCity();
                case STATE -> m.getState();
                case POSTAL_CODE -> m.getPostalCode();
                case COUNTRY -> m.getCountry();
                case AFFILIATE -> m.getAffiliate() == null ? null : m.getAffiliate().getShortName();
                case STATUS -> m.getStatus().label(Messages.ENGLISH);
                case TYPE -> m.getMembershipType() == null ? null : m.getMembershipType().getName();
                case TERM_ENDS -> m.getCurrentTermEnd();
            });
        }
        return row;
    }

    private static String csvCell(Object value) {
        return value == null ? "" : neutralise(Objects.toString(value));
    }

    /**
     * A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) gets a
     * leading apostrophe, so it is shown as text and never run. {@link MemberImport} takes the apostrophe off again.
     */
    public static String neutralise(String cell) {
        return startsLikeAFormula(cell) ? "'" + cell : cell;
    }

    static boolean startsLikeAFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
