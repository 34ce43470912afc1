package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MemberStatusService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeView;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** Member records on MariaDB: the rules, the history, and who may see and change what. */
@IntegrationTest
class MemberServiceTest {

    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired AffiliateService affiliates;
    @Autowired MemberStatusService statuses;
    @Autowired AuditEntryRepository audit;
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
    void theBoardCreatesFindsRenewsAndEndsAMembership() {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        String email = unique();
        MemberDetails created = members.create(form("Ada", "Lovelace-" + UUID.randomUUID(), email, carolinas, 0));
        assertThat(created.status()).isEqualTo(MembershipStatus.APPLICANT);
        assertThat(members.find(new MemberFilter(email.toUpperCase(), null, null, null), PageRequest.of(0, 5)))
                .extracting(MemberSummary::id).containsExactly(created.id());

        TypeView clinical = type("Clinical");
        MemberDetails renewed = members.renew(created.id(), clinical.id(), created.form().version());
        assertThat(renewed.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(renewed.termEnd()).isEqualTo(LocalDate.of(2027, 3, 9));
        MemberDetails again = members.renew(created.id(), clinical.id(), renewed.form().version());
        assertThat(again.terms()).hasSize(2);
        assertThat(again.terms().get(1).start()).as("early renewal continues the term").isEqualTo(LocalDate.of(2027, 3, 10));

        MemberDetails resigned = members.close(created.id(), MembershipStatus.RESIGNED, LocalDate.of(2026, 3, 10),
                again.form().version());
        assertThat(resigned.status()).isEqualTo(MembershipStatus.RESIGNED);
        assertThat(resigned.terms()).as("history is kept").hasSize(2);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("Member", String.valueOf(created.id())))
                .extracting(AuditEntry::getAction)
                .containsExactly("MEMBER_RESIGNED", "MEMBERSHIP_RENEWED", "MEMBERSHIP_RENEWED", "MEMBER_CREATED");
    }

    @Test
    void anEndedMembershipCannotBeEndedAgainAndEndingsFitTheHistory() {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        MemberDetails applicant = members.create(form("Ending", "Case-" + UUID.randomUUID(), unique(), null, 0));
        assertThatThrownBy(() -> members.close(applicant.id(), MembershipStatus.LAPSED, LocalDate.of(2026, 3, 10),
                applicant.form().version())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("only an active membership or one in its grace period");

        MemberDetails active = members.renew(applicant.id(), type("Clinical").id(), applicant.form().version());
        assertThatThrownBy(() -> members.close(active.id(), MembershipStatus.RESIGNED, LocalDate.of(2026, 3, 9),
                active.form().version())).as("before the membership began").isInstanceOf(BusinessRuleException.class)
                .hasMessage("The membership began on Mar 10, 2026; it cannot end before that.");
        assertThatThrownBy(() -> members.close(active.id(), MembershipStatus.RESIGNED, LocalDate.of(2027, 3, 10),
                active.form().version())).as("after the last term ended").isInstanceOf(BusinessRuleException.class)
                .hasMessage("The last term ended on Mar 9, 2027; choose that day or an earlier one.");

        MemberDetails lapsed = members.close(active.id(), MembershipStatus.LAPSED, LocalDate.of(2026, 3, 10),
                active.form().version());
        assertThat(lapsed.status()).isEqualTo(MembershipStatus.LAPSED);
        assertThatThrownBy(() -> members.close(lapsed.id(), MembershipStatus.RESIGNED, LocalDate.of(2026, 3, 10),
                lapsed.form().version())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("already recorded as lapsed from Mar 10, 2026");
        assertThat(members.get(lapsed.id()).status()).as("a lapse never silently becomes a resignation")
                .isEqualTo(MembershipStatus.LAPSED);

        MemberDetails reopened = members.renew(lapsed.id(), type("Clinical").id(), lapsed.form().version());
        assertThat(members.close(reopened.id(), MembershipStatus.RESIGNED, LocalDate.of(2026, 3, 10),
                reopened.form().version()).status()).as("a renewal reopens it").isEqualTo(MembershipStatus.RESIGNED);
    }

    @Test
    void anAffiliateShowsItsCurrentMembersBesideAllItsRecords() {
        AffiliateService.AffiliateSummary cgps = affiliates.find(PageRequest.of(0, 100)).stream()
                .filter(a -> a.id() == carolinas).findFirst().orElseThrow();
        long active = members.count(new MemberFilter("", MembershipStatus.ACTIVE, null, carolinas));
        long grace = members.count(new MemberFilter("", MembershipStatus.GRACE, null, carolinas));
        assertThat(cgps.currentMembers()).isEqualTo(active + grace);
        assertThat(cgps.memberCount()).isEqualTo(members.count(new MemberFilter("", null, null, carolinas)))
                .isGreaterThan(cgps.currentMembers()); // the demo has lapsed and resigned members there too
    }

    @Test
    void everyFieldIsCheckedWithAMessage() {
        MemberForm bad = new MemberForm(" ", "", "not-an-email", "call me", null, null, "ZZ", "12#4", null, null,
                null, "123", "US", null, false, false, null, 0);
        assertThatThrownBy(() -> members.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("firstName", "lastName", "email", "phone",
                        "discipline", "licenceState", "licenceNumber", "postalCode"));
    }

    @Test
    void anEmailBelongsToOneMember() {
        String email = unique();
        members.create(form("First", "Person", email, null, 0));
        assertThatThrownBy(() -> members.create(form("Second", "Person", email.toUpperCase(), null, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("email"));
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedAndLosesNothing() {
        MemberDetails m = members.create(form("Conflict", "Case", unique(), null, 0));
        members.update(m.id(), form("First", "Editor", m.form().email(), null, m.form().version()));
        assertThatThrownBy(() -> members.update(m.id(), form("Second", "Editor", m.form().email(), null,
                m.form().version()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(members.get(m.id()).form().firstName()).isEqualTo("First");
    }

    /**
     * Unfiltered, or filtered by status and affiliate only, the grid's count reads member_status_tally (V155): it
     * equals the members counted row by row, for every such filter, for the board and an affiliate administrator,
     * and follows a new member and a status change at once.
     */
    @Test
    void theGridsCountFromTheTallyIsTheMembersCounted() {
        List<MembershipStatus> statuses = new ArrayList<>(Arrays.asList(MembershipStatus.values()));
        statuses.add(null);
        for (Long affiliate : Arrays.asList((Long) null, carolinas, atlanta)) {
            for (MembershipStatus status : statuses) {
                assertThat(members.count(new MemberFilter("", status, null, affiliate)))
                        .as("affiliate %s, status %s", affiliate, status).isEqualTo(counted(affiliate, status));
            }
        }
        long before = members.count(new MemberFilter(" ", MembershipStatus.APPLICANT, null, carolinas));
        MemberDetails created = members.create(form("Tally", "Counted", unique(), carolinas, 0));
        assertThat(members.count(new MemberFilter(" ", MembershipStatus.APPLICANT, null, carolinas)))
                .isEqualTo(before + 1).isEqualTo(counted(carolinas, MembershipStatus.APPLICANT));
        members.renew(created.id(), type("Clinical").id(), created.form().version());
        assertThat(members.count(new MemberFilter("", MembershipStatus.APPLICANT, null, carolinas))).isEqualTo(before);
        assertThat(members.count(new MemberFilter("", MembershipStatus.ACTIVE, null, null)))
                .isEqualTo(counted(null, MembershipStatus.ACTIVE));

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        for (MembershipStatus status : statuses) {
            assertThat(members.count(new MemberFilter("", status, null, atlanta)))
                    .as("their own affiliate's, status %s", status).isEqualTo(counted(carolinas, status));
        }
    }

    private long counted(Long affiliate, MembershipStatus status) {
        return jdbc.queryForObject("select count(*) from member where (? is null or affiliate_id = ?)"
                + " and (? is null or status = ?)", Long.class, affiliate, affiliate,
                status == null ? null : status.name(), status == null ? null : status.name());
    }

    @Test
    void anAffiliateAdministratorSeesAndEditsOnlyTheirOwnAffiliate() {
        long carolinasCount = members.count(new MemberFilter("", null, null, carolinas));
        MemberSummary atlantan = members.find(new MemberFilter("", null, null, atlanta), PageRequest.of(0, 1))
                .getFirst();

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        assertThat(members.count(MemberFilter.none())).isEqualTo(carolinasCount);
        assertThat(members.count(new MemberFilter("", null, null, atlanta)))
                .as("asking for another affiliate still shows only their own").isEqualTo(carolinasCount);
        assertThat(members.find(MemberFilter.none(), PageRequest.of(0, 500)))
                .allMatch(m -> "CGPS".equals(m.affiliateName()));

        assertThatThrownBy(() -> members.get(atlantan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.update(atlantan.id(), form("X", "Y", atlantan.email(), atlanta, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.renew(atlantan.id(), type("Clinical").id(), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.close(atlantan.id(), MembershipStatus.LAPSED, LocalDate.now(), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.create(form("Other", "Society", unique(), atlanta, 0)))
                .isInstanceOf(InvalidInputException.class);

        MemberDetails own = members.create(form("Own", "Member", unique(), null, 0));
        assertThat(own.form().affiliateId()).as("their members belong to their affiliate").isEqualTo(carolinas);
    }

    @Test
    void officersReadButDoNotChangeAndMembersReadNoRecords() {
        roles.actAs("officer@example.org", Role.OFFICER);
        assertThat(members.count(MemberFilter.none())).isPositive();
        assertThatThrownBy(() -> members.create(form("No", "Way", unique(), null, 0)))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : new Role[] {Role.MEMBER, Role.FACILITATOR}) {
            roles.actAs("someone@example.org", role);
            assertThatThrownBy(() -> members.count(MemberFilter.none())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> members.find(MemberFilter.none(), PageRequest.of(0, 5)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theListFiltersAndSortsInTheDatabase() {
        String tag = "Sorter" + UUID.randomUUID().toString().substring(0, 6);
        for (String first : new String[] {"Cleo", "Abe", "Bea"}) {
            members.create(form(first, tag, unique(), atlanta, 0));
        }
        assertThat(members.find(new MemberFilter(tag, MembershipStatus.APPLICANT, null, atlanta),
                PageRequest.of(0, 2, Sort.by("firstName")))).extracting(MemberSummary::firstName)
                .containsExactly("Abe", "Bea");
        assertThat(members.count(new MemberFilter(tag, MembershipStatus.ACTIVE, null, null))).isZero();
    }

    @Test
    void theSearchMatchesTheStartOfANameEmailOrLicenceNumber() {
        String tag = "Prefix" + UUID.randomUUID().toString().substring(0, 6);
        MemberDetails m = members.create(form("Zenobia", tag, unique(), null, 0));
        assertThat(found(tag.toLowerCase())).as("last name, in any case").containsExactly(m.id());
        assertThat(found("zenobia " + tag.substring(0, 8))).as("first name and the start of the last")
                .containsExactly(m.id());
        assertThat(found("Zenob")).as("first name").contains(m.id());
        assertThat(found(m.form().email().substring(0, 20))).as("email").containsExactly(m.id());
        assertThat(found("c-12")).as("licence number").contains(m.id());
        assertThat(members.count(new MemberFilter(tag.substring(3), null, null, null)))
                .as("not the middle of a name").isZero();
    }

    @Test
    void theNightlyJobMovesStatusesAsDaysPass() {
        clock.set(Instant.parse("2026-01-01T17:00:00Z"));
        MemberDetails m = members.create(form("Time", "Passes", unique(), null, 0));
        TypeView student = type("Student"); // 12 months, 14 grace days
        members.renew(m.id(), student.id(), m.form().version());

        clock.set(Instant.parse("2027-01-05T17:00:00Z"));
        statuses.recomputeDue();
        assertThat(members.get(m.id()).status()).isEqualTo(MembershipStatus.GRACE);

        clock.advance(Duration.ofDays(10)); // 2027-01-15: the 14 grace days ended on the 14th
        statuses.recomputeDue();
        assertThat(members.get(m.id()).status()).isEqualTo(MembershipStatus.LAPSED);
    }

    private MemberForm form(String first, String last, String email, Long affiliate, long version) {
        return new MemberForm(first, last, email, "919-555-0100", "LCSW", Discipline.SOCIAL_WORK, "NC", "C-1234",
                "Practice", "Raleigh", "NC", "27601", "US", affiliate, true, false, null, version);
    }

    private List<Long> found(String search) {
        return members.find(new MemberFilter(search, null, null, null), PageRequest.of(0, 500)).stream()
                .map(MemberSummary::id).toList();
    }

    private TypeView type(String name) {
        return types.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }


    private static String unique() {
        return "member-" + UUID.randomUUID() + "@example.org";
    }
}
