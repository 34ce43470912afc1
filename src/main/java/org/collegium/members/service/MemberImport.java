package org.collegium.members.service;

import jakarta.persistence.EntityManager;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collegium.affiliates.service.AffiliateLookup;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Text;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.service.MemberColumn.Use;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members from a CSV file, in three steps: {@link #read} parses the file (UTF-8, a first line naming the columns of
 * {@link MemberColumn}, within the size limits) or says plainly what is wrong with it; {@link #check} validates every
 * row with the rules of {@link MemberService} and lists each problem by line and column; {@link #run} checks again
 * and writes every row through {@link MemberService} in one transaction, so either all rows are imported or none.
 * Members already on file (matched by email) are errors, unless the person chose to update them. An affiliate
 * administrator imports into their own affiliate only.
 */
@Service
public class MemberImport {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_LINE_LENGTH = 10_000;
    public static final int MAX_ROWS = 50_000;

    private static final String IMPORTERS = Access.RECORD_EDITORS;
    private static final int EMAILS_PER_QUERY = 1000;
    /** Rows written per batch; progress is reported after each. */
    private static final int CHUNK = 100;
    private static final MemberForm NEW_MEMBER = new MemberForm(null, null, null, null, null, null, null, null, null,
            null, null, null, "US", null, false, false, null, 0);

    /**
     * A parsed file: the names in its first line, the column each one fills (null: ignored, or not yet chosen) and
     * its rows, values in the same order. {@code unmapped} are the positions of names no column answers to: the
     * person chooses for them ({@link #map}) before the file can be checked.
     */
    public record ImportFile(String fileName, List<String> headers, List<MemberColumn> columns, List<Integer> unmapped,
            List<ImportRow> rows) {

        public boolean needsMapping() {
            return !unmapped.isEmpty();
        }

        public int size() {
            return rows.size();
        }
    }

    /** One row: the line it starts on, its values, and what is wrong with its shape (null when nothing). */
    public record ImportRow(long line, List<String> values, String problem) {
    }

    /** What is wrong on one line; column is null when the whole line is wrong. */
    public record ImportIssue(long line, String column, String message) {
    }

    /** The preview: how many rows, how many would be new members and how many updates, and every problem. */
    public record ImportCheck(int rows, int newMembers, int updates, int unchanged, List<ImportIssue> errors) {

        /** Whether the file can be imported as it is. */
        public boolean ready() {
            return errors.isEmpty() && rows > 0;
        }
    }

    public record ImportResult(int created, int updated, int unchanged) {
    }

    /** Told how far an import has got; called inside the import's transaction, so it must be quick. */
    @FunctionalInterface
    public interface ImportProgress {
        ImportProgress NONE = (done, total) -> {
        };

        void rowsDone(int done, int total);
    }

    /** The file cannot be read as a members file; the message says why and what to do. */
    public static class ImportFileException extends BusinessRuleException {
        public ImportFileException(String message) {
            super(message);
        }
    }

    /** The rows broke rules when the import ran (nothing was imported); {@link #check()} lists the problems. */
    public static class ImportRejectedException extends BusinessRuleException {
        private final transient ImportCheck check;

        public ImportRejectedException(ImportCheck check) {
            super(Messages.t("members.import.rejected", check.errors().size()));
            this.check = check;
        }

        public ImportCheck check() {
            return check;
        }
    }

    private record PlannedRow(long line, Long memberId, MemberForm form) {
    }

    private record Plan(List<PlannedRow> rows, ImportCheck check) {
    }

    private final MemberService memberService;
    private final MemberRepository members;
    private final AffiliateLookup affiliates;
    private final MemberAccess scope;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final MemberStatusTimeline timeline;

    public MemberImport(MemberService memberService, MemberRepository members, AffiliateLookup affiliates,
            MemberAccess scope, AuditLog auditLog, EntityManager entityManager, MemberStatusTimeline timeline) {
        this.memberService = memberService;
        this.members = members;
        this.affiliates = affiliates;
        this.scope = scope;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.timeline = timeline;
    }

    // --- 1. reading the file

    /** Parses a CSV file; a file that is not a readable members file is refused with an {@link ImportFileException}. */
    @PreAuthorize(IMPORTERS)
    public ImportFile read(String fileName, InputStream in) {
        try {
            BufferedInputStream bytes = new BufferedInputStream(new LimitedInputStream(in), 64 * 1024);
            skipByteOrderMark(bytes);
            CheckedReader reader = new CheckedReader(bytes);
            try (CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
                try {
                    return parse(fileName, parser);
                } catch (UncheckedIOException e) {
                    throw notCsv(parser, e.getCause());
                }
            }
        } catch (IOException e) {
            throw new ImportFileException(Messages.t("members.import.unreadable", e.getMessage()));
        }
    }

    private ImportFile parse(String fileName, CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new ImportFileException(Messages.t("members.import.empty",
                    String.join(",", MemberColumn.headers(Use.REQUIRED))));
        }
        Header header = header(records.next());
        List<MemberColumn> columns = header.columns();
        List<ImportRow> rows = new ArrayList<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new ImportFileException(Messages.t("members.import.too-many-rows", MAX_ROWS));
            }
            rows.add(row(parser.getCurrentLineNumber() - lineBreaksIn(record), record, columns));
        }
        return new ImportFile(fileName, header.names(), Collections.unmodifiableList(new ArrayList<>(columns)),
                header.unmapped(), List.copyOf(rows));
    }

    /** The first line read: its names, the column of each (null where none answers), the positions unanswered. */
    private record Header(List<String> names, List<MemberColumn> columns, List<Integer> unmapped) {
    }

    /**
     * The first line: names matched to columns (by {@link MemberColumn#named}), none twice. Names no column answers
     * to are left for the person to map; with every name known, the required columns must all be there.
     */
    private static Header header(CSVRecord first) {
        List<String> names = new ArrayList<>(first.toList());
        while (!names.isEmpty() && names.getLast().isBlank()) {
            names.removeLast();
        }
        String known = String.join(", ", Arrays.stream(MemberColumn.values()).map(MemberColumn::header).toList());
        if (names.isEmpty()) {
            throw new ImportFileException(Messages.t("members.import.no-header", known));
        }
        List<MemberColumn> columns = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isBlank()) {
                throw new ImportFileException(Messages.t("members.import.unnamed-column", i + 1, known));
            }
            MemberColumn column = MemberColumn.named(name).orElse(null);
            if (column == null) {
                unknown.add(i);
            } else if (columns.contains(column)) {
                throw new ImportFileException(Messages.t("members.import.column-twice", column.header()));
            }
            columns.add(column);
        }
        if (!unknown.isEmpty()) {
            if (names.size() == 1 && names.getFirst().contains(";")) {
                throw new ImportFileException(Messages.t("members.import.semicolons"));
            }
            if (names.stream().anyMatch(n -> n.contains("@"))) { // an email address: the first line is a member
                throw new ImportFileException(Messages.t("members.import.header-is-a-member", known));
            }
        } else {
            requireColumns(columns);
        }
        return new Header(names.stream().map(String::strip).toList(), columns, List.copyOf(unknown));
    }

    private static void requireColumns(List<MemberColumn> columns) {
        Set<MemberColumn> missing = EnumSet.noneOf(MemberColumn.class);
        Arrays.stream(MemberColumn.values()).filter(c -> c.use() == Use.REQUIRED && !columns.contains(c))
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new ImportFileException(Messages.t("members.import.missing-columns", missing.stream()
                    .map(c -> "\"" + c.header() + "\"").collect(Collectors.joining(", ")),
                    String.join(", ", MemberColumn.headers(Use.REQUIRED))));
        }
    }

    /**
     * The person's choice of column for each name of the first line (null: ignore that column of the file). The
     * same rules as a first line that names them: none twice, the required ones there.
     */
    @PreAuthorize(IMPORTERS)
    public ImportFile map(ImportFile file, List<MemberColumn> choice) {
        if (choice.size() != file.headers().size()) {
            throw new IllegalArgumentException("One choice per column of the file: " + file.headers().size());
        }
        Set<MemberColumn> seen = EnumSet.noneOf(MemberColumn.class);
        for (int i = 0; i < choice.size(); i++) {
            MemberColumn c = choice.get(i);
            if (c != null && !seen.add(c)) {
                throw new ImportFileException(Messages.t("members.import.mapped-twice", c.header()));
            }
        }
        requireColumns(choice);
        return new ImportFile(file.fileName(), file.headers(), Collections.unmodifiableList(new ArrayList<>(choice)),
                List.of(), file.rows());
    }

    private static ImportRow row(long line, CSVRecord record, List<MemberColumn> columns) {
        List<String> cells = record.toList();
        int size = cells.size();
        while (size > columns.size() && cells.get(size - 1).isBlank()) {
            size--; // empty cells past the last column, as spreadsheet programs leave them
        }
        String problem = size == columns.size() ? null
                : Messages.t("members.import.line.values", size, columns.size());
        List<String> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            values.add(i < size ? unneutralise(cells.get(i)) : "");
        }
        return new ImportRow(line, List.copyOf(values), problem);
    }

    /** Takes off the apostrophe {@link MemberExport} puts before a cell a spreadsheet would take for a formula. */
    private static String unneutralise(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && MemberExport.startsLikeAFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static void skipByteOrderMark(BufferedInputStream bytes) throws IOException {
        bytes.mark(4);
        byte[] head = bytes.readNBytes(4);
        bytes.reset();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bytes.skipNBytes(3);
        } else if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            throw new ImportFileException(Messages.t("members.import.utf16"));
        } else if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException(Messages.t("members.import.workbook"));
        }
    }

    private static boolean startsWith(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static ImportFileException notCsv(CSVParser parser, IOException cause) {
        if (!(cause instanceof CSVException)) {
            return new ImportFileException(Messages.t("members.import.unreadable", cause.getMessage()));
        }
        // Commons CSV names the line where the bad value starts ("(startline 2)"); its wording is for programmers
        String technical = Objects.toString(cause.getMessage(), "");
        Matcher at = CSV_LINE.matcher(technical);
        long line = at.find() ? Long.parseLong(at.group(1)) : parser.getCurrentLineNumber();
        if (technical.contains("EOF reached before encapsulated token finished")) {
            return new ImportFileException(Messages.t("members.import.quote-unclosed", line));
        }
        if (technical.contains("Invalid character between encapsulated token and delimiter")) {
            return new ImportFileException(Messages.t("members.import.text-after-quote", line));
        }
        return new ImportFileException(Messages.t("members.import.not-csv", line));
    }

    private static final Pattern CSV_LINE = Pattern.compile("(?:startline|line) (\\d+)");

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Refuses to read past the size limit. */
    private static final class LimitedInputStream extends FilterInputStream {
        private long count;

        LimitedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > MAX_BYTES) {
                throw new ImportFileException(Messages.t("members.import.too-large", MAX_BYTES / (1024 * 1024)));
            }
        }
    }

    /**
     * Decodes UTF-8 and counts lines as the text goes by: refuses bytes that are not UTF-8 (naming the line, which
     * an InputStreamReader cannot), binary data and over-long lines.
     */
    private static final class CheckedReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
        private boolean endOfInput;
        private long line = 1;
        private int length;
        private boolean afterCr;
        private int pending = -1;
        private boolean finished;

        CheckedReader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            if (pending >= 0) {
                buffer[offset] = (char) pending;
                pending = -1;
                return 1;
            }
            if (finished) {
                return -1;
            }
            if (count == 1) { // a character beyond the BMP takes two chars: decode into room for both
                char[] two = new char[2];
                int n = read(two, 0, 2);
                if (n > 0) {
                    buffer[offset] = two[0];
                    pending = n == 2 ? two[1] : -1;
                }
                return n < 0 ? -1 : 1;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, count);
            while (out.position() == offset) {
                CoderResult result = utf8.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    check(buffer, offset, out.position()); // the lines before the bad bytes
                    throw new ImportFileException(Messages.t("members.import.not-utf8", line));
                }
                if (result.isUnderflow()) {
                    if (endOfInput) {
                        utf8.flush(out);
                        finished = true;
                        break;
                    }
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
            int n = out.position() - offset;
            if (n == 0) {
                return -1;
            }
            check(buffer, offset, offset + n);
            return n;
        }

        private void check(char[] buffer, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    if (!(c == '\n' && afterCr)) {
                        line++;
                    }
                    afterCr = c == '\r';
                    length = 0;
                    continue;
                }
                afterCr = false;
                if (c == 0) {
                    throw new ImportFileException(Messages.t("members.import.binary", line));
                }
                if (++length > MAX_LINE_LENGTH) {
                    throw new ImportFileException(Messages.t("members.import.line-too-long", line, MAX_LINE_LENGTH));
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    // --- 2. checking the rows

    /** Validates every row as {@link MemberService} would save it; nothing is written. */
    @PreAuthorize(IMPORTERS)
    @Transactional(readOnly = true)
    public ImportCheck check(ImportFile file, boolean updateExisting) {
        return plan(file, updateExisting).check();
    }

    private Plan plan(ImportFile file, boolean updateExisting) {
        if (file.needsMapping()) {
            List<ImportIssue> unmapped = file.unmapped().stream().map(i -> new ImportIssue(1, file.headers().get(i),
                    Messages.t("members.import.unknown-column", abbreviate(file.headers().get(i))))).toList();
            return new Plan(List.of(), new ImportCheck(file.size(), 0, 0, 0, unmapped));
        }
        Long own = scope.affiliateScope();
        AffiliateNames names = new AffiliateNames(affiliates.findAll(), own);
        Map<String, Member> existing = existingByEmail(file);
        Map<String, Long> firstLineOfEmail = new HashMap<>();
        List<ImportIssue> issues = new ArrayList<>();
        List<PlannedRow> planned = new ArrayList<>();
        int updates = 0;
        int unchanged = 0;
        for (ImportRow row : file.rows()) {
            if (row.problem() != null) {
                issues.add(new ImportIssue(row.line(), null, row.problem()));
                continue;
            }
            Map<String, String> errors = new LinkedHashMap<>(); // column → message, one per column
            String email = EmailAddress.canonical(value(file, row, MemberColumn.EMAIL));
            Member match = existing.get(email);
            boolean update = match != null && updateExisting && MemberAccess.covers(own, match);
            MemberForm form = overlay(update ? MemberService.form(match) : NEW_MEMBER, file, row, names, errors);
            ruleErrors(form).forEach((field, message) -> errors.putIfAbsent(MemberColumn.headerOfField(field),
                    message));
            Long firstLine = email.isEmpty() ? null : firstLineOfEmail.putIfAbsent(email, row.line());
            if (firstLine != null) {
                errors.putIfAbsent("email", Messages.t("members.import.email-twice", firstLine));
            }
            if (match != null && !MemberAccess.covers(own, match)) {
                errors.putIfAbsent("email", Messages.t("members.import.email-other-affiliate"));
            } else if (match != null && !updateExisting) {
                errors.putIfAbsent("email", Messages.t("members.import.email-exists"));
            }
            if (errors.isEmpty() && update && MemberService.asStored(form).equals(MemberService.form(match))) {
                unchanged++; // the member already reads so: nothing to write, and not an "update"
            } else if (errors.isEmpty()) {
                planned.add(new PlannedRow(row.line(), update ? match.getId() : null, form));
                updates += update ? 1 : 0;
            } else {
                errors.entrySet().stream().sorted(Comparator.comparingInt(e -> columnOrder(e.getKey())))
                        .forEach(e -> issues.add(new ImportIssue(row.line(), e.getKey(), e.getValue())));
            }
        }
        int valid = planned.size();
        return new Plan(planned, new ImportCheck(file.size(), valid - updates, updates, unchanged,
                List.copyOf(issues)));
    }

    private static int columnOrder(String header) {
        return MemberColumn.named(header).map(Enum::ordinal).orElse(MemberColumn.values().length);
    }

    /** The members already on file with the file's emails, looked up a thousand at a time. */
    private Map<String, Member> existingByEmail(ImportFile file) {
        int emailColumn = file.columns().indexOf(MemberColumn.EMAIL);
        List<String> emails = file.rows().stream().filter(r -> r.problem() == null)
                .map(r -> EmailAddress.canonical(r.values().get(emailColumn))).filter(e -> !e.isEmpty())
                .distinct().toList();
        Map<String, Member> found = new HashMap<>();
        for (int from = 0; from < emails.size(); from += EMAILS_PER_QUERY) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + EMAILS_PER_QUERY));
            for (Member m : members.findAll((root, query, cb) -> root.get("email").in(chunk))) {
                found.put(m.getEmail(), m);
            }
        }
        return found;
    }

    /** The row's values over the starting form: a column the file does not have keeps the form's value. */
    private static MemberForm overlay(MemberForm base, ImportFile file, ImportRow row, AffiliateNames names,
            Map<String, String> errors) {
        Discipline discipline = base.discipline();
        if (file.columns().contains(MemberColumn.DISCIPLINE)) {
            discipline = discipline(value(file, row, MemberColumn.DISCIPLINE), errors);
        }
        Long affiliateId = base.affiliateId();
        if (file.columns().contains(MemberColumn.AFFILIATE)) {
            affiliateId = names.resolve(value(file, row, MemberColumn.AFFILIATE), errors);
        }
        String country = pick(base.country(), file, row, MemberColumn.COUNTRY);
        return new MemberForm(
                pick(base.firstName(), file, row, MemberColumn.FIRST_NAME),
                pick(base.lastName(), file, row, MemberColumn.LAST_NAME),
                pick(base.email(), file, row, MemberColumn.EMAIL),
                pick(base.phone(), file, row, MemberColumn.PHONE),
                pick(base.credentials(), file, row, MemberColumn.CREDENTIALS),
                discipline,
                pick(base.licenceState(), file, row, MemberColumn.LICENCE_STATE),
                pick(base.licenceNumber(), file, row, MemberColumn.LICENCE_NUMBER),
                pick(base.practiceName(), file, row, MemberColumn.PRACTICE),
                pick(base.city(), file, row, MemberColumn.CITY),
                pick(base.state(), file, row, MemberColumn.STATE),
                pick(base.postalCode(), file, row, MemberColumn.POSTAL_CODE),
                country == null || country.isBlank() ? "US" : country,
                affiliateId,
                base.directoryOptIn(),
                base.showEmailInDirectory(),
                base.notes(),
                base.version());
    }

    private static String pick(String current, ImportFile file, ImportRow row, MemberColumn column) {
        return file.columns().contains(column) ? value(file, row, column) : current;
    }

    private static String value(ImportFile file, ImportRow row, MemberColumn column) {
        int index = file.columns().indexOf(column);
        return index < 0 ? null : row.values().get(index);
    }

    /** A discipline by its name as shown ("Social work") or as stored ("SOCIAL_WORK"). */
    private static Discipline discipline(String value, Map<String, String> errors) {
        String wanted = squash(value);
        if (wanted.isEmpty()) {
            return null; // the rules say "Choose a discipline."
        }
        for (Discipline d : Discipline.values()) {
            if (squash(d.label(Messages.ENGLISH)).equals(wanted) || squash(d.label(Messages.SPANISH)).equals(wanted)
                    || squash(d.name()).equals(wanted)) {
                return d;
            }
        }
        errors.put("discipline", Messages.t("members.import.discipline", abbreviate(value.strip()),
                Arrays.stream(Discipline.values()).map(Discipline::label).collect(Collectors.joining(", "))));
        return null;
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The same field rules {@link MemberService} applies, as field → message. */
    private static Map<String, String> ruleErrors(MemberForm form) {
        try {
            MemberRules.check(form).throwIfAny();
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    /** Affiliates by short name or name; an affiliate administrator may name only their own. */
    private static final class AffiliateNames {
        private final Map<String, Affiliate> byName = new HashMap<>();
        private final Long own;
        private final String ownName;
        private final String choices;

        AffiliateNames(List<Affiliate> all, Long own) {
            this.own = own;
            for (Affiliate a : all) {
                byName.put(a.getShortName().strip().toLowerCase(Locale.ROOT), a);
                byName.putIfAbsent(a.getName().strip().toLowerCase(Locale.ROOT), a);
            }
            this.ownName = all.stream().filter(a -> a.getId().equals(own)).map(Affiliate::getShortName).findFirst()
                    .orElse(null);
            this.choices = all.stream().map(Affiliate::getShortName).sorted().collect(Collectors.joining(", "));
        }

        Long resolve(String value, Map<String, String> errors) {
            String name = Text.clean(value);
            if (name == null) {
                return own; // no affiliate; an affiliate administrator's members are always their own
            }
            Affiliate affiliate = byName.get(name.toLowerCase(Locale.ROOT));
            if (own != null && (affiliate == null || !own.equals(affiliate.getId()))) {
                errors.put("affiliate", ownName == null ? Messages.t("members.import.affiliate.own")
                        : Messages.t("members.import.affiliate.only", ownName));
                return own;
            }
            if (affiliate == null) {
                errors.put("affiliate", Messages.t("members.import.affiliate.unknown", abbreviate(name), choices));
                return null;
            }
            return affiliate.getId();
        }
    }

    // --- 3. importing

    /**
     * Writes one chunk: its new members in batches ({@link MemberService#createAll}), its updates one by one
     * through {@link MemberService#update}; returns how many were created.
     */
    private int write(ImportFile file, List<PlannedRow> chunk) {
        List<PlannedRow> news = chunk.stream().filter(r -> r.memberId() == null).toList();
        try {
            memberService.createAll(news.stream().map(PlannedRow::form).toList());
        } catch (MemberService.InvalidRowException e) {
            throw rejected(file, news.get(e.row()), e);
        } catch (DuplicateKeyException e) {
            // the check found none of the emails on file, but someone added one since
            throw new BusinessRuleException(Messages.t("members.import.email-added-meanwhile"));
        }
        for (PlannedRow row : chunk) {
            if (row.memberId() != null) {
                try {
                    memberService.update(row.memberId(), row.form());
                } catch (InvalidInputException e) {
                    throw rejected(file, row, e);
                }
            }
        }
        return news.size();
    }

    private static ImportRejectedException rejected(ImportFile file, PlannedRow row, InvalidInputException e) {
        List<ImportIssue> issues = e.fieldErrors().entrySet().stream()
                .map(f -> new ImportIssue(row.line(), MemberColumn.headerOfField(f.getKey()), f.getValue()))
                .toList();
        return new ImportRejectedException(new ImportCheck(file.size(), 0, 0, 0, issues));
    }

    /**
     * Checks the file again (the database may have changed since the preview) and imports every row through
     * {@link MemberService}, all in this one transaction: when any row fails, nothing is imported. Writes one
     * audit entry with the counts (besides each member's own).
     */
    @PreAuthorize(IMPORTERS)
    @Transactional
    public ImportResult run(ImportFile file, boolean updateExisting, ImportProgress progress) {
        Plan plan = plan(file, updateExisting);
        if (!plan.check().errors().isEmpty()) {
            throw new ImportRejectedException(plan.check());
        }
        if (plan.rows().isEmpty()) {
            if (plan.check().unchanged() > 0) {
                return new ImportResult(0, 0, plan.check().unchanged()); // every member already reads as in the file
            }
            throw new BusinessRuleException(Messages.t("members.import.nothing"));
        }
        entityManager.clear(); // the look-ups are done; keep the persistence context small while writing
        int total = plan.rows().size();
        int created = timeline.inBulk(() -> writeAll(file, plan.rows(), progress));
        int updated = total - created;
        auditLog.record("MEMBERS_IMPORTED", "Member", null, "Members imported from " + file.fileName() + ": "
                + created + " new, " + updated + " updated, " + plan.check().unchanged() + " unchanged", new Changes().track("file", null, file.fileName())
                .track("created", null, created).track("updated", null, updated));
        return new ImportResult(created, updated, plan.check().unchanged());
    }

    /** Writes the rows a chunk at a time, telling progress after each; returns how many members were new. */
    private int writeAll(ImportFile file, List<PlannedRow> rows, ImportProgress progress) {
        int total = rows.size();
        int done = 0;
        int created = 0;
        progress.rowsDone(0, total);
        for (int from = 0; from < total; from += CHUNK) {
            List<PlannedRow> chunk = rows.subList(from, Math.min(total, from + CHUNK));
            created += write(file, chunk);
            entityManager.flush();
            entityManager.clear();
            done += chunk.size();
            progress.rowsDone(done, total);
        }
        return created;
    }
}
