package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The benchmarks' society: 100,000 members (times {@code -Dbench.scale}) and their terms written into the run's fresh embedded MariaDB with
 * multi-row JDBC inserts, once per run whichever benchmark comes first (they share one Spring context and so one
 * database). Prints the fill's figures as BENCH lines.
 */
final class BenchSociety {

    /**
     * How many times the base society (100,000 members) the run fills: {@code -Dbench.scale=10} gives 1,000,000
     * members, and every benchmark that sizes its data by {@link #MEMBERS} grows with it.
     */
    static final int SCALE = Math.max(1, Integer.getInteger("bench.scale", 1));
    static final int MEMBERS = 100_000 * SCALE;
    static final int ROWS_PER_INSERT = 1_000;
    static final int INSERTS_PER_BATCH = 10;
    /**
     * How long one fill statement may take to answer: the pool's connections give up after 10 s
     * (spring.datasource.hikari.data-source-properties.socketTimeout, for a database that vanished), which one
     * statement writing 500,000 registrations (and the summaries' triggers on each row) overruns on a busy machine.
     */
    static final int FILL_TIMEOUT_MILLIS = 30 * 60 * 1000;

    static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
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
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
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
    static final String[] CREDENTIALS = {"LCSW", "PhD", "PsyD", "LPC", "LMFT", "MD", "PMHNP", "LCSW, CGP",
        "PhD, CGP", "MSW"};
    static final String[][] CAROLINAS = {{"Raleigh", "NC", "27601"}, {"Charlotte", "NC", "28202"},
        {"Durham", "NC", "27701"}, {"Asheville", "NC", "28801"}, {"Columbia", "SC", "29201"},
        {"Charleston", "SC", "29401"}};
    static final String[][] ELSEWHERE = {{"Atlanta", "GA", "30303"}, {"Decatur", "GA", "30030"},
        {"Savannah", "GA", "31401"}, {"New York", "NY", "10001"}, {"Chicago", "IL", "60601"},
        {"Washington", "DC", "20001"}, {"Boston", "MA", "02108"}, {"Austin", "TX", "78701"},
        {"Seattle", "WA", "98101"}, {"Denver", "CO", "80202"}};
    static final MembershipStatus[] STATUS_MIX = {MembershipStatus.ACTIVE, MembershipStatus.ACTIVE,
        MembershipStatus.ACTIVE, MembershipStatus.ACTIVE, MembershipStatus.ACTIVE, MembershipStatus.GRACE,
        MembershipStatus.LAPSED, MembershipStatus.LAPSED, MembershipStatus.APPLICANT, MembershipStatus.RESIGNED};

    private final JdbcTemplate jdbc;

    private BenchSociety(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fills the database unless an earlier benchmark of this run already did. */
    static synchronized void ensureFilled(JdbcTemplate jdbc) {
        long bench = jdbc.queryForObject("select count(*) from member where created_by = 'bench'", Long.class);
        if (bench >= MEMBERS) {
            return;
        }
        long before = jdbc.queryForObject("select count(*) from member", Long.class);
        assertThat(before).as("the benchmark fills a fresh database, not one that has been filled before")
                .isLessThan(10_000);
        List<Long> affiliates = jdbc.queryForList("select id from affiliate order by id", Long.class);
        assertThat(affiliates).as("the demo affiliates").isNotEmpty();
        withLongTimeout(jdbc, longJdbc -> new BenchSociety(longJdbc).fill(affiliates));
    }

    /**
     * Runs a fill on one pooled connection whose network timeout is raised to {@link #FILL_TIMEOUT_MILLIS} for the
     * while (the pool puts it back as it was when the connection is returned), each statement committed alone.
     */
    static void withLongTimeout(JdbcTemplate jdbc, Consumer<JdbcTemplate> fill) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            int before = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, FILL_TIMEOUT_MILLIS);
            try {
                fill.accept(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
            } finally {
                connection.setNetworkTimeout(Runnable::run, before);
            }
            return null;
        });
    }

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
        // the status timeline (V162) is worked out once for all the members filled, not again at every row
        jdbc.execute("set @member_timeline_deferred = 1");
        Inserter memberRows = new Inserter("member", "id", "first_name", "last_name", "email", "phone",
                "credentials", "discipline", "licence_state", "licence_number", "practice_name", "city", "state",
                "postal_code", "country", "affiliate_id", "directory_opt_in", "show_email_in_directory", "status",
                "membership_type_id", "current_term_end", "closed_status", "closed_on", "version", "created_at",
                "created_by");
        Inserter termRows = new Inserter("membership_term", "id", "member_id", "membership_type_id", "start_date",
                "end_date", "grace_days", "dues_charged", "version", "created_at", "created_by");
        try {
            fillRows(affiliates, types, firstId, firstTermId, today, now, random, memberRows, termRows);
        } finally {
            jdbc.execute("set @member_timeline_deferred = null");
            jdbc.execute("drop temporary table if exists member_timeline_pending"); // the range is refreshed below
        }
        // a database filled before V162 (ReportsBenchmark) has no timeline yet: its migration and start make it
        if (jdbc.queryForObject("select count(*) from information_schema.routines where routine_schema = database() "
                + "and routine_name = 'member_timeline_refresh'", Integer.class) > 0) {
            long timelineStarted = System.nanoTime();
            jdbc.execute("call member_timeline_refresh(" + firstId + ", " + (firstId + MEMBERS - 1) + ")");
            bench("members.fill.timeline", String.format(Locale.ROOT, "%.1f",
                    (System.nanoTime() - timelineStarted) / 1e9), "s");
        }
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        jdbc.execute("analyze table member, membership_term");

        long memberCount = jdbc.queryForObject("select count(*) from member", Long.class);
        assertThat(memberCount).isGreaterThanOrEqualTo(MEMBERS);
        bench("bench.scale", SCALE, "x");
        bench("db.buffer-pool", jdbc.queryForObject("select @@innodb_buffer_pool_size div 1048576", Long.class),
                "MB");
        bench("members.fill", MEMBERS, "rows");
        bench("members.fill.terms", termRows.written, "rows");
        bench("members.fill.time", String.format(Locale.ROOT, "%.1f", fillSeconds), "s");
        bench("members.total", memberCount, "rows");
    }

    /** The members and their terms, written in batches. */
    private void fillRows(List<Long> affiliates, List<Type> types, long firstId, long firstTermId, LocalDate today,
            LocalDateTime now, Random random, Inserter memberRows, Inserter termRows) {
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
    }

    /** Most members share the commoner names, as in any real list. */
    static int skewed(Random random, int size) {
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

    static void bench(String name, Object value, String unit) {
        System.out.println("BENCH " + name + " " + value + " " + unit);
    }
}
