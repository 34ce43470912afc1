package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.service.CredentialProgress;
import org.collegium.credentials.service.ShortfallReport;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Members short of their requirement" over the benchmark society ({@link BenchSociety}: 100,000 members), each with
 * one credential on one of three profiles and three ledger rows (300,000, a third of them tagged with topics): the
 * nightly recount of every credential (one SQL aggregate per batch of members over ce_hours) is printed once as
 * {@code BENCH credentials-refresh-all <ms> ms}; the report as its view asks it (the count and the first page), as
 * the board and as an affiliate administrator, as the median of several runs after a warm-up:
 * {@code BENCH credentials-shortfall-report <ms> ms} (target 200 ms). Asserts nothing about time.
 */
@Tag("bench")
@IntegrationTest
class CredentialsBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 7;

    @Autowired JdbcTemplate jdbc;
    @Autowired Roles roles;
    @Autowired SocietyClock clock;
    @Autowired CredentialProgress progress;
    @Autowired ShortfallReport report;

    @AfterEach
    void tearDown() {
        roles.clear();
    }

    @Test
    void shortfallReport() {
        BenchSociety.ensureFilled(jdbc);
        fill();
        long t0 = System.nanoTime();
        int members = progress.refreshAll();
        BenchSociety.bench("credentials-refresh-all", String.format(Locale.ROOT, "%.1f",
                (System.nanoTime() - t0) / 1e6), "ms");
        assertThat(members).isGreaterThanOrEqualTo(100_000);
        roles.actAs("board@example.org", Role.BOARD);
        measure("credentials-shortfall-report", this::firstPage);
        Long cgps = jdbc.queryForObject("select id from affiliate where short_name = 'CGPS'", Long.class);
        jdbc.update("update user_account set affiliate_id = ? where email = 'affiliate@example.org'", cgps);
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN);
        measure("credentials-shortfall-report.affiliate", this::firstPage);
    }

    private Object firstPage() {
        long count = report.count();
        assertThat(report.page(0, 50).size()).isLessThanOrEqualTo((int) Math.min(50, count));
        return count;
    }

    /** Three profiles, a credential per benchmark member and three ledger rows each, once per database. */
    private void fill() {
        if (jdbc.queryForObject("select count(*) from requirement_profile where created_by = 'bench'",
                Long.class) > 0) {
            return;
        }
        long t0 = System.nanoTime();
        LocalDate today = clock.today();
        jdbc.update("""
                insert into requirement_profile (name, cycle_months, cycle_start, fixed_start, total_hours, only_topic,
                  version, created_at, created_by) values
                ('Bench CGP', 24, 'ISSUE_DATE', null, 20, 'GROUP_PSYCHOTHERAPY', 0, now(), 'bench'),
                ('Bench NY LCSW', 36, 'BIRTH_MONTH', null, 36, null, 0, now(), 'bench'),
                ('Bench NC LCSW', 24, 'FIXED_DATE', '2024-01-01', 40, null, 0, now(), 'bench')""");
        Long cgp = jdbc.queryForObject("select id from requirement_profile where name = 'Bench CGP'", Long.class);
        Long ny = jdbc.queryForObject("select id from requirement_profile where name = 'Bench NY LCSW'", Long.class);
        Long nc = jdbc.queryForObject("select id from requirement_profile where name = 'Bench NC LCSW'", Long.class);
        jdbc.update("""
                insert into requirement_rule (profile_id, category, bound, hours) values
                (?, 'FORMAL', 'MIN', 12), (?, 'INFORMAL', 'MAX', 8), (?, 'DEI', 'MIN', 3),
                (?, 'ETHICS', 'MIN', 3), (?, 'ETHICS', 'MIN', 4), (?, 'ONLINE', 'MAX', 20)""",
                cgp, cgp, cgp, ny, nc, nc);
        jdbc.update("""
                insert into member_credential (member_id, profile_id, number, issued_on, birth_month, cycle_start,
                  cycle_end, version, created_at, created_by)
                select m.id, elt(1 + m.id % 3, ?, ?, ?), concat('B-', m.id), ? - interval (m.id % 700) day,
                       1 + m.id % 12, ?, ?, 0, now(), 'bench'
                from member m where m.created_by = 'bench'""", cgp, ny, nc, today, today, today);
        jdbc.update("""
                insert into ce_hours (member_id, source, source_ref, earned_on, hours, formality, delivery, title,
                  provider)
                select m.id, 'EXTERNAL', 900000000 + m.id * 3 + k.k, ? - interval ((m.id * 7 + k.k * 131) % 900) day,
                       1 + (m.id + k.k) % 6, if((m.id + k.k) % 3 = 0, 'INFORMAL', 'FORMAL'),
                       if((m.id + k.k) % 4 = 0, 'ONLINE', 'IN_PERSON'), 'Bench course', 'Bench provider'
                from member m join (select 0 as k union all select 1 union all select 2) k
                where m.created_by = 'bench'""", today);
        jdbc.update("""
                insert into ce_hours_topic (ce_hours_id, topic)
                select h.id, elt(1 + h.id % 4, 'GROUP_PSYCHOTHERAPY', 'ETHICS', 'DEI', 'CLINICAL')
                from ce_hours h where h.provider = 'Bench provider' and h.id % 3 = 0""");
        BenchSociety.bench("credentials-fill", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e6),
                "ms");
    }

    private void measure(String name, Supplier<?> report) {
        for (int i = 0; i < WARM_UP; i++) {
            report.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            report.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        BenchSociety.bench(name, String.format(Locale.ROOT, "%.1f", times[RUNS / 2]), "ms");
    }
}
