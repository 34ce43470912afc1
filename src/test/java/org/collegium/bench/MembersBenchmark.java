package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.collegium.accounts.domain.Role;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.MemberImport;
import org.collegium.members.service.MemberService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The members grid on a society of 100,000 members: fills the run's fresh embedded MariaDB with members and
 * their terms, then times what the grid asks for on every scroll or filter change, one page of 50 sorted by
 * name plus the count, with varied filters and pages. Prints figures as {@code BENCH <name> <value> <unit>};
 * it asserts nothing about time. Runs only with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@IntegrationTest
class MembersBenchmark {

    static final int MEMBERS = 100_000;
    static final int ROWS_PER_INSERT = 1_000;
    static final int INSERTS_PER_BATCH = 10;
    /** Enough for the JIT to have compiled the query paths before the clock runs. */
    static final int WARM_UP = 300;
    static final int RUNS = 200;
    static final int PAGE_SIZE = 50;
    static final Sort BY_NAME = Sort.by("lastName", "firstName");

    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Christopher", "Karen", "Charles", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony",
        "Sandra", "Mark", "Margaret", "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Paul", "Donna",
        "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah",
        "Timothy", "Stephanie", "Ronald", "Rebecca", "Jason", "Sharon", "Edward", "Laura", "Jeffrey", "Cynthia",
        "Ryan", "Dorothy", "Jacob", "Amy", "Gary", "Kathleen", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan",
        "Emma", "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Nicole", "Scott", "Anna", "Brandon", "Samantha",
        "Benjamin", "Katherine", "Samuel", "Christine", "Gregory", "Debra", "Alexander", "Rachel", "Patrick",
        "Carolyn", "Frank", "Janet", "Raymond", "Maria", "Jack", "Olivia", "Dennis", "Heather", "Jerry", "Helen",
        "Aisha", "Priya", "Omar", "Mei", "Fatima", "Carlos", "Yuki", "Ingrid", "Andre", "Naomi", "José", "Zoë"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill",
        "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart",
        "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson",
        "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez",
        "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders",
        "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan",
        "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero",
        "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West",
        "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray",
        "Ford", "Castro", "Marshall", "Owens", "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy",
        "Wells", "Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson",
        "Simpson", "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Muñoz",
        "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar",
        "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens",
        "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Kowalski", "Okafor", "Goldberg", "O'Neill",
        "Haddad", "Tanaka", "Rahman", "Dubois", "Mensah", "Novak", "Yamamoto", "Larsen", "Bianchi", "Nakamura"};
    private static final String[] CREDENTIALS = {"LCSW", "PhD", "PsyD", "LPC", "LMFT", "MD", "PMHNP", "LCSW, CGP",
        "PhD, CGP", "MSW"};
    private static final String[][] CAROLINAS = {{"Raleigh", "NC", "27601"}, {"Charlotte", "NC", "28202"},
        {"Durham", "NC", "27701"}, {"Asheville", "NC", "28801"}, {"Columbia", "SC", "29201"},
        {"Charleston", "SC", "29401"}};
    private static final String[][] ELSEWHERE = {{"Atlanta", "GA", "30303"}, {"Decatur", "GA", "30030"},
        {"Savannah", "GA", "31401"}, {"New York", "NY", "10001"}, {"Chicago", "IL", "60601"},
        {"Washington", "DC", "20001"}, {"Boston", "MA", "02108"}, {"Austin", "TX", "78701"},
        {"Seattle", "WA", "98101"}, {"Denver", "CO", "80202"}};
    private static final MembershipStatus[] STATUS_MIX = {MembershipStatus.ACTIVE, MembershipStatus.ACTIVE,
        MembershipStatus.ACTIVE, MembershipStatus.ACTIVE, MembershipStatus.ACTIVE, MembershipStatus.GRACE,
        MembershipStatus.LAPSED, MembershipStatus.LAPSED, MembershipStatus.APPLICANT, MembershipStatus.RESIGNED};

    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;
    @Autowired Roles roles;
    @Autowired DuplicateService duplicates;
    @Autowired MemberImport importer;

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void membersGrid() {
        long before = jdbc.queryForObject("select count(*) from member", Long.class);
        assertThat(before).as("the benchmark fills a fresh database, not one that has been filled before")
                .isLessThan(10_000);
        List<Long> affiliates = jdbc.queryForList("select id from affiliate order by id", Long.class);
        assertThat(affiliates).as("the demo affiliates").isNotEmpty();

        fill(affiliates);

        List<Long> types = jdbc.queryForList("select id from membership_type order by id", Long.class);
        roles.actAs("board@example.org", Role.BOARD);
        measure("members.grid", boardFilters(affiliates, types));

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        measure("members.grid.affiliate", affiliateAdminFilters());

        roles.actAs("board@example.org", Role.BOARD);
        duplicateScan();
        csvImport(10_000);
    }

    /** The duplicates view's scan: three grouping queries over every member, then the pairs. */
    private void duplicateScan() {
        duplicates.findPairs(); // warm-up
        long start = System.nanoTime();
        int pairs = duplicates.findPairs().size();
        bench("members.duplicates.scan", ms((System.nanoTime() - start) / 1e6), "ms");
        bench("members.duplicates.pairs", pairs, "pairs");
    }

    /** A CSV file of new members: read, checked row by row, then imported in one transaction. */
    private void csvImport(int rows) {
        StringBuilder csv = new StringBuilder("last name,first name,email,credentials,discipline,licence state,"
                + "licence number,practice,city,state,postal code,country,affiliate\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Imported").append(i).append(",Ina,bench-import-").append(i)
                    .append("@example.org,LCSW,Social work,NC,IMP-").append(i)
                    .append(",,Raleigh,NC,27601,US,\n");
        }
        long start = System.nanoTime();
        MemberImport.ImportFile file = importer.read("bench.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        MemberImport.ImportCheck check = importer.check(file, false);
        assertThat(check.errors()).as("the generated file is valid").isEmpty();
        long checked = System.nanoTime();
        MemberImport.ImportResult result = importer.run(file, false, MemberImport.ImportProgress.NONE);
        long done = System.nanoTime();
        bench("members.import.rows", result.created(), "rows");
        bench("members.import.check", ms((checked - start) / 1e9), "s");
        bench("members.import.total", ms((done - start) / 1e9), "s");
    }

    // --- filling

    private void fill(List<Long> affiliates) {
        List<Type> types = jdbc.query("select id, term_months, grace_days, dues from membership_type order by id",
                (rs, i) -> new Type(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4)));
        assertThat(types).as("the demo membership types").isNotEmpty();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from member", Long.class);
        long firstTermId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from membership_term", Long.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Random random = new Random(20_260_101L);

        long started = System.nanoTime();
        Inserter memberRows = new Inserter("member", "id", "first_name", "last_name", "email", "phone",
                "credentials", "discipline", "licence_state", "licence_number", "practice_name", "city", "state",
                "postal_code", "country", "affiliate_id", "directory_opt_in", "show_email_in_directory", "status",
                "membership_type_id", "current_term_end", "closed_status", "closed_on", "version", "created_at",
                "created_by");
        Inserter termRows = new Inserter("membership_term", "id", "member_id", "membership_type_id", "start_date",
                "end_date", "grace_days", "dues_charged", "version", "created_at", "created_by");
        long termId = firstTermId;
        for (int i = 0; i < MEMBERS; i++) {
            long id = firstId + i;
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[skewed(random, LAST.length)];
            String email = (ascii(first) + "." + ascii(last) + "." + id + "@members.example.net")
                    .toLowerCase(Locale.ROOT);
            // about a fifth of the members belong to no affiliate; the rest are spread across the affiliates
            Long affiliate = random.nextInt(5) == 0 ? null : affiliates.get(random.nextInt(affiliates.size()));
            String[] place = affiliate != null && affiliate.equals(affiliates.getFirst())
                    ? CAROLINAS[random.nextInt(CAROLINAS.length)] : ELSEWHERE[random.nextInt(ELSEWHERE.length)];
            Type type = types.get(random.nextInt(types.size()));
            MembershipStatus status = STATUS_MIX[random.nextInt(STATUS_MIX.length)];

            LocalDate lastStart = switch (status) {
                case APPLICANT -> null;
                case ACTIVE -> today.minusDays(random.nextInt(300));
                case GRACE -> today.minusMonths(type.months()).minusDays(1 + random.nextInt(type.graceDays()));
                case LAPSED -> today.minusMonths(type.months()).minusDays(type.graceDays() + 2 + random.nextInt(900));
                case RESIGNED -> today.minusDays(random.nextInt(700));
            };
            LocalDate termEnd = null;
            if (lastStart != null) {
                for (int t = random.nextInt(4); t >= 0; t--) {
                    LocalDate start = lastStart.minusMonths((long) type.months() * t);
                    termEnd = start.plusMonths(type.months()).minusDays(1);
                    termRows.add(termId++, id, type.id(), start, termEnd, type.graceDays(), type.dues(), 0, now,
                            "bench");
                }
            }
            LocalDate closedOn = status == MembershipStatus.RESIGNED ? today.minusDays(random.nextInt(60)) : null;
            String phone = String.format("%03d-555-%04d", 200 + random.nextInt(800), i % 10_000);
            memberRows.add(id, first, last, email, phone, CREDENTIALS[random.nextInt(CREDENTIALS.length)],
                    Discipline.values()[random.nextInt(Discipline.values().length)].name(), place[1],
                    place[1] + "-" + (10_000 + random.nextInt(89_999)),
                    random.nextInt(3) == 0 ? null : last + " Counseling", place[0], place[1], place[2], "US",
                    affiliate, random.nextInt(3) > 0, random.nextBoolean(), status.name(),
                    lastStart == null ? null : type.id(), termEnd, closedOn == null ? null : status.name(), closedOn,
                    0, now, "bench");
            // terms refer to their member: members go first
            if (memberRows.pending() == ROWS_PER_INSERT * INSERTS_PER_BATCH) {
                memberRows.flush();
                termRows.flushFull();
            }
        }
        memberRows.flush();
        termRows.flush();
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        jdbc.execute("analyze table member, membership_term");

        long memberCount = jdbc.queryForObject("select count(*) from member", Long.class);
        assertThat(memberCount).isGreaterThanOrEqualTo(MEMBERS);
        bench("members.fill", MEMBERS, "rows");
        bench("members.fill.terms", termRows.written, "rows");
        bench("members.fill.time", String.format(Locale.ROOT, "%.1f", fillSeconds), "s");
        bench("members.total", memberCount, "rows");
    }

    /** Most members share the commoner names, as in any real list. */
    private static int skewed(Random random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }

    private record Type(long id, int months, int graceDays, BigDecimal dues) {
    }

    /** Multi-row INSERTs of ROWS_PER_INSERT rows each, sent as a JDBC batch. */
    private final class Inserter {

        private final String table;
        private final String[] columns;
        private final List<Object[]> rows = new ArrayList<>();
        long written;

        Inserter(String table, String... columns) {
            this.table = table;
            this.columns = columns;
        }

        void add(Object... values) {
            rows.add(values);
        }

        int pending() {
            return rows.size();
        }

        /** Writes the whole statements' worth of rows, keeps the rest. */
        void flushFull() {
            int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
            write(rows.subList(0, full));
        }

        void flush() {
            flushFull();
            write(rows);
        }

        private void write(List<Object[]> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            int perStatement = Math.min(ROWS_PER_INSERT, chunk.size());
            String row = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
            String sql = "insert into " + table + " (" + String.join(",", columns) + ") values "
                    + String.join(",", Collections.nCopies(perStatement, row));
            List<Object[]> statements = new ArrayList<>();
            for (int from = 0; from < chunk.size(); from += perStatement) {
                Object[] args = new Object[perStatement * columns.length];
                for (int r = 0; r < perStatement; r++) {
                    System.arraycopy(chunk.get(from + r), 0, args, r * columns.length, columns.length);
                }
                statements.add(args);
            }
            jdbc.batchUpdate(sql, statements);
            written += chunk.size();
            chunk.clear();
        }
    }

    // --- measuring

    /** One grid fetch: what the filter asks and which page. */
    private record Fetch(String kind, MemberFilter filter, int page) {
    }

    private List<Supplier<Fetch>> boardFilters(List<Long> affiliates, List<Long> types) {
        List<String> emails = jdbc.queryForList(
                "select email from member where created_by = 'bench' order by id limit 1000", String.class);
        List<String> licences = jdbc.queryForList(
                "select licence_number from member where created_by = 'bench' order by id limit 1000", String.class);
        Random random = new Random(7);
        return List.of(
                () -> fetch(random, "all", new MemberFilter("", null, null, null)),
                () -> fetch(random, "status", new MemberFilter("", anyStatus(random), null, null)),
                () -> fetch(random, "affiliate", new MemberFilter("", null, null, any(random, affiliates))),
                () -> fetch(random, "affiliate+status",
                        new MemberFilter("", anyStatus(random), null, any(random, affiliates))),
                () -> fetch(random, "type", new MemberFilter("", null, any(random, types), null)),
                () -> fetch(random, "search", new MemberFilter(namePrefix(random), null, null, null)),
                () -> fetch(random, "search+status", new MemberFilter(namePrefix(random), anyStatus(random), null,
                        null)),
                () -> fetch(random, "search.name", new MemberFilter(fullName(random), null, null, null)),
                () -> fetch(random, "search.email", new MemberFilter(emailTyped(random, any(random, emails)), null,
                        null, null)),
                () -> fetch(random, "search.licence", new MemberFilter(any(random, licences), null, null, null)));
    }

    private List<Supplier<Fetch>> affiliateAdminFilters() {
        Random random = new Random(11);
        return List.of(
                () -> fetch(random, "all", MemberFilter.none()),
                () -> fetch(random, "status", new MemberFilter("", anyStatus(random), null, null)),
                () -> fetch(random, "search", new MemberFilter(namePrefix(random), null, null, null)),
                () -> fetch(random, "search+status", new MemberFilter(namePrefix(random), anyStatus(random), null,
                        null)));
    }

    /** Mostly the first pages, sometimes anywhere in the list, as a dragged scroll bar asks. */
    private Fetch fetch(Random random, String kind, MemberFilter filter) {
        long pages = Math.max(1, (members.count(filter) + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = random.nextInt(10) == 0 ? random.nextInt((int) pages) : random.nextInt((int) Math.min(pages, 5));
        return new Fetch(kind, filter, page);
    }

    private void measure(String name, List<Supplier<Fetch>> kinds) {
        // the plan is made before the clock runs (it counts to know the pages)
        List<Fetch> warmUp = plan(kinds, WARM_UP);
        List<Fetch> plan = plan(kinds, RUNS);
        for (Fetch f : warmUp) {
            fetchOnce(f);
        }
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        double[] all = new double[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            Fetch f = plan.get(i);
            long t0 = System.nanoTime();
            fetchOnce(f);
            double ms = (System.nanoTime() - t0) / 1e6;
            all[i] = ms;
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(ms);
        }
        bench(name + ".median", ms(percentile(all, 50)), "ms");
        bench(name + ".p95", ms(percentile(all, 95)), "ms");
        byKind.forEach((kind, times) -> bench(name + ".by-filter." + kind + ".median",
                ms(percentile(times.stream().mapToDouble(Double::doubleValue).toArray(), 50)), "ms"));
        // not figures: what the slowest fetches were, for whoever looks into the tail
        IntStream.range(0, plan.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> all[i]).reversed()).limit(5)
                .forEach(i -> System.out.println(name + " slowest: " + ms(all[i]) + " ms " + plan.get(i)));
    }

    private List<Fetch> plan(List<Supplier<Fetch>> kinds, int runs) {
        List<Fetch> plan = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            plan.add(kinds.get(i % kinds.size()).get());
        }
        return plan;
    }

    private void fetchOnce(Fetch f) {
        Pageable page = PageRequest.of(f.page(), PAGE_SIZE, BY_NAME);
        int rows = members.find(f.filter(), page).size();
        long count = members.count(f.filter());
        assertThat((long) rows).isLessThanOrEqualTo(count);
    }

    private static MembershipStatus anyStatus(Random random) {
        return STATUS_MIX[random.nextInt(STATUS_MIX.length)];
    }

    /** The start of a last name as someone would type it: three to five letters, any case. */
    private static String namePrefix(Random random) {
        String last = LAST[skewed(random, LAST.length)];
        return prefix(random, random.nextBoolean() ? last : last.toLowerCase(Locale.ROOT));
    }

    /** First name and the start of the last name, as in "maria gonz". */
    private static String fullName(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + prefix(random, LAST[skewed(random, LAST.length)]);
    }

    /** A whole address, or the part before the @. */
    private static String emailTyped(Random random, String email) {
        return random.nextBoolean() ? email : email.substring(0, email.indexOf('@'));
    }

    private static String prefix(Random random, String s) {
        return s.substring(0, Math.min(s.length(), 3 + random.nextInt(3)));
    }

    private static <T> T any(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static void bench(String name, Object value, String unit) {
        System.out.println("BENCH " + name + " " + value + " " + unit);
    }
}
