package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.collegium.accounts.domain.Role;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords;
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
 * The members grid on a society of 100,000 members ({@link BenchSociety}, filled once per run): times what the
 * grid asks for on every scroll or filter change, one page of 50 sorted by
 * name plus the count, with varied filters and pages. Prints figures as {@code BENCH <name> <value> <unit>};
 * it asserts nothing about time. Runs only with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@IntegrationTest
class MembersBenchmark {

    /** Enough for the JIT to have compiled the query paths before the clock runs. */
    static final int WARM_UP = 300;
    static final int RUNS = 200;
    static final int PAGE_SIZE = 50;
    static final Sort BY_NAME = Sort.by("lastName", "firstName", "id"); // as MembersView orders

    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;
    @Autowired Roles roles;
    @Autowired DuplicateService duplicates;
    @Autowired MemberImport importer;
    @Autowired org.collegium.members.service.MemberExport export;

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void membersGrid() {
        BenchSociety.ensureFilled(jdbc);
        List<Long> affiliates = jdbc.queryForList("select id from affiliate order by id", Long.class);

        List<Long> types = jdbc.queryForList("select id from membership_type order by id", Long.class);
        roles.actAs("board@example.org", Role.BOARD);
        measure("members.grid", boardFilters(affiliates, types));

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        measure("members.grid.affiliate", affiliateAdminFilters());

        roles.actAs("board@example.org", Role.BOARD);
        duplicateScan();
        csvImport(10_000);
    }

    /**
     * The members list downloaded as CSV, whole and searched for a common surname's start ("Smi"), as the board: the
     * export reads the list a page at a time in its own order. Printed as seconds and members.
     */
    @Test
    void wholeListExport() throws java.io.IOException {
        BenchSociety.ensureFilled(jdbc);
        roles.actAs("board@example.org", Role.BOARD);
        for (MemberFilter filter : List.of(MemberFilter.none(), new MemberFilter("Smi", null, null, null))) {
            String name = filter.search().isEmpty() ? "members.export.csv.all" : "members.export.csv.search";
            long start = System.nanoTime();
            long written = export.writeCsv(filter, java.io.OutputStream.nullOutputStream());
            bench(name, ms((System.nanoTime() - start) / 1e9), "s");
            bench(name + ".rows", written, "rows");
        }
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
        // as far as the list knows there are pages: past "more than 1,000" it reads on only as it is scrolled
        long pages = Math.max(1, (members.listCount(filter).members() + PAGE_SIZE - 1) / PAGE_SIZE);
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
        MemberRecords.ListCount count = members.listCount(f.filter());
        assertThat(count.more() || rows <= count.members()).isTrue();
    }

    private static MembershipStatus anyStatus(Random random) {
        return BenchSociety.STATUS_MIX[random.nextInt(BenchSociety.STATUS_MIX.length)];
    }

    /** The start of a last name as someone would type it: three to five letters, any case. */
    private static String namePrefix(Random random) {
        String last = BenchSociety.LAST[BenchSociety.skewed(random, BenchSociety.LAST.length)];
        return prefix(random, random.nextBoolean() ? last : last.toLowerCase(Locale.ROOT));
    }

    /** First name and the start of the last name, as in "maria gonz". */
    private static String fullName(Random random) {
        return BenchSociety.FIRST[random.nextInt(BenchSociety.FIRST.length)] + " "
                + prefix(random, BenchSociety.LAST[BenchSociety.skewed(random, BenchSociety.LAST.length)]);
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
        BenchSociety.bench(name, value, unit);
    }
}
