package org.collegium.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.service.CeEntry;
import org.collegium.credentials.service.CeLedger;
import org.collegium.credentials.service.CredentialReminders;
import org.collegium.credentials.service.CredentialService;
import org.collegium.credentials.service.CredentialService.CredentialForm;
import org.collegium.credentials.service.CredentialService.CredentialProgressView;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.credentials.service.RequirementProfileService.ProfileForm;
import org.collegium.credentials.service.RequirementProfileService.RuleForm;
import org.collegium.credentials.service.ShortfallReport;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Requirement profiles, members' credentials and progress from the ledger, reminders and the shortfall report. */
@IntegrationTest
class CredentialsServiceTest {

    private static final AtomicLong REFS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    @Autowired RequirementProfileService profiles;
    @Autowired CredentialService credentials;
    @Autowired ShortfallReport report;
    @Autowired CredentialReminders reminders;
    @Autowired CeLedger ledger;
    @Autowired org.collegium.credentials.service.CredentialProgress progress;
    @Autowired TransactionTemplate transactions;
    @Autowired GroupService groups;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;

    private GroupFixtures fixtures;
    private LocalDate today;
    private String tag;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        roles.clear();
    }

    private ProfileForm cgp(String name) {
        return new ProfileForm(name, 24, CycleStart.ISSUE_DATE, null, new BigDecimal("20"),
                CeTopic.GROUP_PSYCHOTHERAPY, List.of(new RuleForm(CeCategory.FORMAL, Bound.MIN, new BigDecimal("12")),
                        new RuleForm(CeCategory.INFORMAL, Bound.MAX, new BigDecimal("8")),
                        new RuleForm(CeCategory.DEI, Bound.MIN, new BigDecimal("3"))), 0);
    }

    private long newProfile(ProfileForm form) {
        return roles.as("admin@example.org", Role.ADMIN, () -> profiles.save(null, form));
    }

    private void earn(long memberId, LocalDate on, String hours, CeFormality formality, Set<CeTopic> topics) {
        transactions.executeWithoutResult(tx -> ledger.record(new CeEntry(memberId, CeSource.EXTERNAL,
                REFS.incrementAndGet(), on, new BigDecimal(hours), formality, CeDelivery.IN_PERSON, topics,
                "Course " + tag, "Provider")));
    }

    private InvalidInputException refused(ProfileForm form) {
        return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> newProfile(form));
    }

    @Test
    void overlappingAndContradictoryRulesAreRefusedOnTheirField() {
        ProfileForm base = cgp("Rules " + tag);
        RuleForm ethics = new RuleForm(CeCategory.ETHICS, Bound.MIN, new BigDecimal("3"));
        assertThat(refused(withRules(base, ethics, ethics)).fieldErrors()).containsKey("MIN.ETHICS");
        assertThat(refused(withRules(base, new RuleForm(CeCategory.ETHICS, Bound.MIN, new BigDecimal("25"))))
                .fieldErrors()).containsKey("MIN.ETHICS");
        assertThat(refused(withRules(base, new RuleForm(CeCategory.DEI, Bound.MIN, new BigDecimal("5")),
                new RuleForm(CeCategory.DEI, Bound.MAX, new BigDecimal("4")))).fieldErrors()).containsKey("MAX.DEI");
        assertThat(refused(withRules(base, new RuleForm(CeCategory.FORMAL, Bound.MIN, new BigDecimal("12")),
                new RuleForm(CeCategory.INFORMAL, Bound.MIN, new BigDecimal("9")))).fieldErrors())
                .containsKey("MIN.FORMAL");
        assertThat(refused(withRules(base, new RuleForm(CeCategory.ONLINE, Bound.MAX, new BigDecimal("5")),
                new RuleForm(CeCategory.IN_PERSON, Bound.MAX, new BigDecimal("5")))).fieldErrors())
                .containsKey("MAX.IN_PERSON");
        ProfileForm noDate = new ProfileForm("Fixed " + tag, 24, CycleStart.FIXED_DATE, null, BigDecimal.TEN, null,
                List.of(), 0);
        assertThat(refused(noDate).fieldErrors()).containsKey("fixedStart");
        ProfileForm zero = new ProfileForm("", 0, null, null, BigDecimal.ZERO, null, List.of(), 0);
        assertThat(refused(zero).fieldErrors()).containsKeys("name", "cycleMonths", "cycleStart", "totalHours");
        newProfile(base);
        assertThat(refused(cgp("RULES " + tag)).fieldErrors()).containsKey("name");
    }

    private static ProfileForm withRules(ProfileForm f, RuleForm... rules) {
        return new ProfileForm(f.name(), f.cycleMonths(), f.cycleStart(), f.fixedStart(), f.totalHours(),
                f.onlyTopic(), List.of(rules), 0);
    }

    @Test
    void onlyAdministratorsDefineProfiles() {
        Person member = fixtures.member("Prof" + tag.substring(0, 4), true, today);
        fixtures.actAs(member);
        assertThatThrownBy(() -> profiles.save(null, cgp("Member's " + tag))).isInstanceOf(AccessDeniedException.class);
        assertThat(profiles.list()).isNotNull();
    }

    @Test
    void progressFollowsTheLedgerAndCapsInformalHours() {
        long cgp = newProfile(cgp("CGP " + tag));
        Person member = fixtures.member("Cgp" + tag.substring(0, 4), true, today);
        fixtures.actAs(member);
        long id = credentials.add(new CredentialForm(cgp, "CGP-" + tag, today.minusMonths(3), null, 0));
        CredentialProgressView none = credentials.one(id);
        assertThat(none.cycle().start()).isEqualTo(today.minusMonths(3));
        assertThat(none.progress().missing()).isEqualByComparingTo("20");
        for (int i = 0; i < 9; i++) {
            earn(member.memberId(), today.minusDays(i + 1), "1", CeFormality.INFORMAL,
                    Set.of(CeTopic.GROUP_PSYCHOTHERAPY));
        }
        earn(member.memberId(), today.minusDays(2), "5", CeFormality.FORMAL, Set.of(CeTopic.ETHICS)); // not counted
        earn(member.memberId(), today.minusMonths(4), "5", CeFormality.FORMAL, Set.of(CeTopic.GROUP_PSYCHOTHERAPY));
        fixtures.actAs(member);
        CredentialProgressView p = credentials.one(id);
        assertThat(p.progress().counted()).isEqualByComparingTo("8");
        assertThat(p.progress().missing()).isEqualByComparingTo("12");
        assertThat(jdbc.queryForObject("select counted_hours from member_credential where id = ?", BigDecimal.class,
                id)).isEqualByComparingTo("8");
        assertThat(credentials.transcript(id, today)).hasSize(9);
        assertThat(credentials.transcriptPdf(id, today).content()).startsWith("%PDF".getBytes());
        assertThat(credentials.transcriptPdf(id, today).name()).as("names the credential and its cycle")
                .isEqualTo("transcript-CGP-" + tag + "-" + none.cycle().start() + "-" + none.cycle().end() + ".pdf");
        earn(member.memberId(), today.minusDays(1), "12", CeFormality.FORMAL,
                Set.of(CeTopic.GROUP_PSYCHOTHERAPY, CeTopic.DEI));
        fixtures.actAs(member);
        assertThat(credentials.one(id).progress().isShort()).isFalse();
        assertThat(jdbc.queryForObject("select is_short from member_credential where id = ?", Boolean.class, id))
                .isFalse();
    }

    @Test
    void aMemberSeesAndChangesOnlyTheirOwnCredentialsAndTheFormSaysWhatIsMissing() {
        long ny = newProfile(new ProfileForm("NY " + tag, 36, CycleStart.BIRTH_MONTH, null, new BigDecimal("36"),
                null, List.of(new RuleForm(CeCategory.ETHICS, Bound.MIN, new BigDecimal("3"))), 0));
        Person a = fixtures.member("Own" + tag.substring(0, 4), true, today);
        Person b = fixtures.member("Other" + tag.substring(0, 4), true, today);
        fixtures.actAs(a);
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                credentials.add(new CredentialForm(ny, null, null, null, 0)));
        assertThat(e.fieldErrors()).containsKeys("issuedOn", "birthMonth");
        long id = credentials.add(new CredentialForm(ny, "R-1", today.minusYears(1), Month.FEBRUARY, 0));
        assertThat(credentials.one(id).cycle().end().getMonth()).isEqualTo(Month.FEBRUARY);
        assertThat(credentials.one(id).cycle().end().getDayOfMonth()).isGreaterThanOrEqualTo(28);
        assertThatThrownBy(() -> credentials.add(new CredentialForm(ny, null, today.minusYears(1), Month.MAY, 0)))
                .isInstanceOf(InvalidInputException.class);
        credentials.update(id, new CredentialForm(ny, "R-2", today.minusYears(1), Month.MAY, credentials.one(id)
                .version()));
        assertThat(credentials.one(id).cycle().end().getMonth()).isEqualTo(Month.MAY);
        fixtures.actAs(b);
        assertThat(credentials.mine()).isEmpty();
        assertThatThrownBy(() -> credentials.one(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> credentials.remove(id)).isInstanceOf(NotFoundException.class);
        fixtures.actAs(a);
        credentials.remove(id);
        assertThat(credentials.mine()).isEmpty();
    }

    @Test
    void shortMembersAreRemindedOncePerCycleAndPointAndListedInTheReport() {
        ProfileForm fixed = new ProfileForm("Fixed " + tag, 12, CycleStart.FIXED_DATE,
                today.plusDays(20).minusYears(1).plusDays(1), new BigDecimal("10"), null, List.of(), 0);
        long profile = newProfile(fixed);
        Person shortMember = fixtures.member("Short" + tag.substring(0, 4), true, today);
        Person done = fixtures.member("Done" + tag.substring(0, 4), true, today);
        fixtures.actAs(shortMember);
        long shortId = credentials.add(new CredentialForm(profile, null, null, null, 0));
        assertThat(credentials.one(shortId).cycle().end()).isEqualTo(today.plusDays(20));
        fixtures.actAs(done);
        long doneId = credentials.add(new CredentialForm(profile, null, null, null, 0));
        earn(done.memberId(), today, "10", CeFormality.FORMAL, Set.of());
        roles.clear();
        reminders.sendDue();
        reminders.sendDue();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class,
                shortMember.email())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select days_before from credential_reminder where credential_id = ?",
                Integer.class, shortId)).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from credential_reminder where credential_id = ?",
                Integer.class, doneId)).isZero();
        roles.actAs("board@example.org", Role.BOARD);
        long count = report.count();
        List<ShortfallReport.Row> rows = report.page(0, (int) Math.max(count, 1));
        assertThat(rows).hasSize((int) count).anySatisfy(r -> {
            assertThat(r.credentialId()).isEqualTo(shortId);
            assertThat(r.missing()).isEqualByComparingTo("10");
        }).noneSatisfy(r -> assertThat(r.credentialId()).isEqualTo(doneId));
        assertThat(new String(report.csv())).startsWith("member_id,member,email,credential").contains("Fixed " + tag);
        roles.actAs(shortMember.email(), Role.MEMBER);
        assertThatThrownBy(report::count).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAffiliateAdministratorSeesOnlyTheirAffiliatesMembersInTheReport() {
        long profile = newProfile(new ProfileForm("Aff " + tag, 24, CycleStart.ISSUE_DATE, null, BigDecimal.TEN,
                null, List.of(), 0));
        Person m = fixtures.member("Aff" + tag.substring(0, 4), true, today);
        fixtures.actAs(m);
        long id = credentials.add(new CredentialForm(profile, null, today.minusMonths(1), null, 0));
        Long affiliate = jdbc.queryForObject("select id from affiliate order by id limit 1", Long.class);
        Long other = jdbc.queryForObject("select id from affiliate where id <> ? order by id limit 1", Long.class,
                affiliate);
        jdbc.update("update member set affiliate_id = ? where id = ?", other, m.memberId());
        String admin = "aff-" + tag + "@example.org";
        accounts.ensureAccount(admin, "Aff Admin", "x-" + tag + "-Password1!", java.util.EnumSet.of(
                Role.AFFILIATE_ADMIN));
        accounts.tie(admin, affiliate, null);
        roles.actAs(admin, Role.AFFILIATE_ADMIN);
        assertThat(report.page(0, 100_000)).noneSatisfy(r -> assertThat(r.credentialId()).isEqualTo(id));
        jdbc.update("update member set affiliate_id = ? where id = ?", affiliate, m.memberId());
        assertThat(report.page(0, 100_000)).anySatisfy(r -> assertThat(r.credentialId()).isEqualTo(id));
    }

    @Test
    void theNightlyRefreshMovesACredentialIntoItsNextCycle() {
        long profile = newProfile(new ProfileForm("Roll " + tag, 12, CycleStart.ISSUE_DATE, null, BigDecimal.ONE,
                null, List.of(), 0));
        Person m = fixtures.member("Roll" + tag.substring(0, 4), true, today);
        fixtures.actAs(m);
        long id = credentials.add(new CredentialForm(profile, null, today.minusMonths(11), null, 0));
        earn(m.memberId(), today, "1", CeFormality.FORMAL, Set.of());
        assertThat(jdbc.queryForObject("select is_short from member_credential where id = ?", Boolean.class, id))
                .isFalse();
        clock.set(ZonedDateTime.now(clock).plusMonths(2).toInstant());
        roles.clear();
        progress.refreshAll();
        assertThat(jdbc.queryForObject("select is_short from member_credential where id = ?", Boolean.class, id))
                .isTrue();
    }
}
