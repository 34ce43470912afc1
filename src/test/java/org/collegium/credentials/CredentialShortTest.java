package org.collegium.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The short credentials the database keeps for "Members short of their requirement" (V163 {@code credential_short})
 * against the credentials and members they come from: random histories of raw changes to both (the triggers keep
 * the rows whichever code writes), a few at a time in one transaction, and changes to one member and their
 * credentials from two transactions at once. After every step the whole table equals the query it stands for.
 */
@IntegrationTest
class CredentialShortTest {

    private static final String[] STATUSES = {"APPLICANT", "ACTIVE", "GRACE", "LAPSED", "RESIGNED"};

    private static final String KEPT = """
            select credential_id, member_id, profile_id, cycle_end, affiliate_id, cast(is_current as signed) as is_current
            from credential_short order by credential_id""";

    private static final String RAW = """
            select c.id as credential_id, c.member_id, c.profile_id, c.cycle_end,
                   coalesce(m.affiliate_id, 0) as affiliate_id, cast(m.status in ('ACTIVE', 'GRACE') as signed) as is_current
            from member_credential c join member m on m.id = c.member_id
            where c.is_short order by c.id""";

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MemberRepository members;
    @Autowired DemoData demo;

    private final List<Long> memberIds = new ArrayList<>();
    private final List<Long> profileIds = new ArrayList<>();
    private List<Long> affiliates;

    @BeforeEach
    void setUp() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            memberIds.add(members.save(new Member("Short" + i, "T" + tag, "short" + i + "-" + tag + "@example.org"))
                    .getId());
        }
        for (int i = 0; i < 3; i++) {
            jdbc.update("""
                    insert into requirement_profile (name, cycle_months, cycle_start, total_hours, version, created_at,
                      created_by) values (?, 24, 'ISSUE_DATE', 20, 0, now(), 'test')""", "Short " + tag + " " + i);
            profileIds.add(jdbc.queryForObject("select id from requirement_profile where name = ?", Long.class,
                    "Short " + tag + " " + i));
        }
        affiliates = new ArrayList<>();
        affiliates.add(null);
        affiliates.add(demo.affiliateId("CGPS"));
        affiliates.add(demo.affiliateId("AGPS"));
    }

    @AfterEach
    void tearDown() {
        for (long member : memberIds) {
            jdbc.update("delete from member_credential where member_id = ?", member);
        }
        for (long profile : profileIds) {
            jdbc.update("delete from member_credential where profile_id = ?", profile);
            jdbc.update("delete from requirement_profile where id = ?", profile);
        }
        assertThat(jdbc.queryForList(KEPT)).isEqualTo(jdbc.queryForList(RAW));
    }

    @Test
    void theRowsFollowEveryRandomHistoryOfCredentialsAndMembers() {
        long stepsWithRows = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            for (int step = 1; step <= 60; step++) {
                int changes = step % 10 == 0 ? 5 : 1;
                transactions.executeWithoutResult(tx -> {
                    for (int i = 0; i < changes; i++) {
                        change(random);
                    }
                });
                assertThat(jdbc.queryForList(KEPT)).as("seed %d step %d", seed, step)
                        .isEqualTo(jdbc.queryForList(RAW));
                stepsWithRows += jdbc.queryForObject("select count(*) > 0 from credential_short"
                        + " where member_id in (?, ?, ?, ?, ?)", Long.class, memberIds.toArray());
            }
        }
        assertThat(stepsWithRows).as("steps where the members had short credentials").isGreaterThan(40);
    }

    @Test
    void aMemberChangedWhileTheirCredentialIsWrittenElsewhereIsWhatTheRowCarries() throws Exception {
        long member = activeWithCredential(false);
        // the credential's transaction has read the member before another commits a change to them
        transactions.executeWithoutResult(tx -> {
            jdbc.queryForObject("select status from member where id = ?", String.class, member);
            elsewhere(() -> jdbc.update("update member set status = 'LAPSED', affiliate_id = ? where id = ?",
                    affiliates.get(1), member));
            jdbc.update("update member_credential set is_short = true where member_id = ?", member);
        });
        assertThat(jdbc.queryForList(KEPT)).isEqualTo(jdbc.queryForList(RAW));
        // the member's transaction has read the credentials before another commits a change to them
        transactions.executeWithoutResult(tx -> {
            jdbc.queryForObject("select count(*) from member_credential where member_id = ?", Long.class, member);
            elsewhere(() -> jdbc.update("update member_credential set cycle_end = cycle_end + interval 1 day"
                    + " where member_id = ?", member));
            jdbc.update("update member set status = 'GRACE', affiliate_id = ? where id = ?", affiliates.get(2),
                    member);
        });
        assertThat(jdbc.queryForList(KEPT)).isEqualTo(jdbc.queryForList(RAW));
        assertThat(jdbc.queryForObject("select is_current + 0 from credential_short where member_id = ?",
                Integer.class, member)).isEqualTo(1);
    }

    @Test
    void aMembersChangeAndTheirCredentialsChangeFromTwoTransactionsAtOnceAgree() throws Exception {
        long member = activeWithCredential(true);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> memberSide = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 40; round++) {
                await(together);
                String status = STATUSES[round % STATUSES.length];
                Long affiliate = affiliates.get(round % affiliates.size());
                transactions.executeWithoutResult(tx -> jdbc.update(
                        "update member set status = ?, affiliate_id = ? where id = ?", status, affiliate, member));
            }
        });
        CompletableFuture<Void> credentialSide = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 40; round++) {
                await(together);
                boolean isShort = round % 3 != 0;
                transactions.executeWithoutResult(tx -> jdbc.update("update member_credential set is_short = ?,"
                        + " cycle_end = cycle_end + interval 1 day where member_id = ?", isShort, member));
            }
        });
        CompletableFuture.allOf(memberSide, credentialSide).get();
        assertThat(jdbc.queryForList(KEPT)).isEqualTo(jdbc.queryForList(RAW));
    }

    /** The first member, active with no affiliate, with one credential on the first profile. */
    private long activeWithCredential(boolean isShort) {
        long member = memberIds.getFirst();
        jdbc.update("update member set status = 'ACTIVE', affiliate_id = null where id = ?", member);
        jdbc.update("""
                insert into member_credential (member_id, profile_id, cycle_start, cycle_end, is_short, version,
                  created_at) values (?, ?, ?, ?, ?, 0, now())""", member, profileIds.getFirst(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), isShort);
        return member;
    }

    /** Runs the change in a transaction of its own on another connection, committed when this returns. */
    private void elsewhere(Runnable change) {
        try {
            CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> change.run())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void change(Random random) {
        long member = pick(random, memberIds);
        long profile = pick(random, profileIds);
        List<Map<String, Object>> mine = jdbc.queryForList(
                "select id, member_id, profile_id from member_credential where member_id in (?, ?, ?, ?, ?)",
                memberIds.toArray());
        int kind = random.nextInt(8);
        if (kind == 0 || mine.isEmpty()) {
            jdbc.update("""
                    insert ignore into member_credential (member_id, profile_id, cycle_start, cycle_end, is_short,
                      version, created_at) values (?, ?, ?, ?, ?, 0, now())""", member, profile,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(900)),
                    random.nextBoolean());
            return;
        }
        long credential = ((Number) pick(random, mine).get("id")).longValue();
        switch (kind) {
            case 1 -> jdbc.update("update member_credential set is_short = not is_short where id = ?", credential);
            case 2 -> jdbc.update("update member_credential set cycle_end = cycle_end + interval ? day where id = ?",
                    random.nextInt(400) - 200, credential);
            case 3 -> jdbc.update("""
                    update member_credential set member_id = ? where id = ? and not exists (select 1 from (select
                      member_id, profile_id from member_credential) o where o.member_id = ? and o.profile_id =
                      (select profile_id from (select id, profile_id from member_credential) p where p.id = ?))""",
                    member, credential, member, credential);
            case 4 -> jdbc.update("""
                    update member_credential set profile_id = ? where id = ? and not exists (select 1 from (select
                      member_id, profile_id from member_credential) o where o.profile_id = ? and o.member_id =
                      (select member_id from (select id, member_id from member_credential) p where p.id = ?))""",
                    profile, credential, profile, credential);
            case 5 -> jdbc.update("delete from member_credential where id = ?", credential);
            case 6 -> jdbc.update("update member set status = ? where id = ?",
                    STATUSES[random.nextInt(STATUSES.length)], member);
            default -> jdbc.update("update member set affiliate_id = ? where id = ?", pick(random, affiliates),
                    member);
        }
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
