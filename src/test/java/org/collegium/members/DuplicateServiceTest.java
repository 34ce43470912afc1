package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.service.NotFoundException;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.DuplicateService.DuplicatePair;
import org.collegium.members.service.MemberImport;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.PaymentService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Likely duplicates are found in the database, by each rule, at most {@link DuplicateService#MAX_PAIRS} in a stable
 * order; merging moves the history to the record that stays.
 */
@IntegrationTest
class DuplicateServiceTest {

    @Autowired DuplicateService duplicates;
    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired PaymentService payments;
    @Autowired AffiliateService affiliates;
    @Autowired AuditEntryRepository audit;
    @Autowired Roles roles;
    @Autowired MemberImport importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.collegium.base.service.SocietyClock societyClock;

    private long clinical;

    @BeforeEach
    void actAsBoard() {
        roles.actAs("board@example.org", Role.BOARD);
        clinical = types.all().stream().filter(t -> t.name().equals("Clinical")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void clear() {
        roles.clear();
    }

    @Test
    void findsTheThreeKindsOfLikelyDuplicates() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails a = create("Nora", "Same" + tag, "nora." + tag + "@example.org", "SC", null, null);
        MemberDetails b = create("Nora", "Other" + tag, "nora." + tag + "+work@example.org", "SC", null, null);
        MemberDetails c = create("Lev", "Licence" + tag, "lev1." + tag + "@example.org", "GA", "L-" + tag, null);
        MemberDetails d = create("Lev", "Licence" + tag, "lev2." + tag + "@example.org", "GA", "L-" + tag, null);
        MemberDetails e = create("Jon", "Smith" + tag.replaceAll("\\d", ""), "jon." + tag + "@example.org", "VT", null, null);
        MemberDetails f = create("John", "Smyth" + tag.replaceAll("\\d", ""), "john." + tag + "@example.org", "VT", null, null);

        var pairs = duplicates.findPairs();
        assertThat(pairs).anyMatch(p -> is(p, a, b, "Same email"));
        assertThat(pairs).anyMatch(p -> is(p, c, d, "Same name and licence"));
        assertThat(pairs).anyMatch(p -> is(p, e, f, "Similar name, same state"));
    }

    @Test
    void namesAndLicencesCompareWithoutCaseAndAPairTwoRulesFindIsListedOnceUnderTheStronger() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails a = create("Lena", "Case" + tag, "lena1." + tag + "@example.org", "OR", "k-" + tag, null);
        MemberDetails b = create("LENA", "case" + tag, "lena2." + tag + "@example.org", "OR", "K-" + tag, null);
        MemberDetails c = create("Ivo", "Twice" + tag, "ivo." + tag + "@example.org", "ME", "T-" + tag, null);
        MemberDetails d = create("Ivo", "Twice" + tag, "ivo." + tag + "+home@example.org", "ME", "T-" + tag, null);

        var pairs = duplicates.findPairs();
        assertThat(pairs).anyMatch(p -> is(p, a, b, "Same name and licence"));
        assertThat(pairs).filteredOn(p -> is(p, c, d, p.reason())).extracting(DuplicatePair::reason)
                .as("same email, same name and licence, similar name: listed once, for the email")
                .containsExactly("Same email");
    }

    @Test
    void aNameSharedByMoreThanFiveMembersInAStateIsACommonNameNotADuplicate() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String letters = "Common" + tag.replaceAll("\\d", "");
        List<MemberDetails> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(create("Sam", letters, "sam" + i + "." + tag + "@example.org", "WY", null, null));
        }
        MemberDetails sam = create("Sam", letters, "mt1." + tag + "@example.org", "MT", null, null);
        MemberDetails samm = create("Samm", letters, "mt2." + tag + "@example.org", "MT", null, null);

        var pairs = duplicates.findPairs();
        assertThat(pairs).noneMatch(p -> six.stream().anyMatch(m -> m.id() == p.first().id() || m.id() == p.second()
                .id()));
        assertThat(pairs).anyMatch(p -> is(p, sam, samm, "Similar name, same state"));
    }

    @Test
    void theListStopsAtMaxPairsInTheSameOrderEveryTime() {
        String tag = "Cap" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("last name,first name,email,discipline\n");
        int pairs = DuplicateService.MAX_PAIRS + 2;
        for (int i = 0; i < pairs; i++) {
            String first = String.format("N%04d", i);
            csv.append(tag).append(',').append(first).append(',').append(first).append('.').append(tag)
                    .append("@example.org,Other\n");
            csv.append(tag).append(',').append(first).append(',').append(first).append('.').append(tag)
                    .append("+2@example.org,Other\n");
        }
        MemberImport.ImportFile file = importer.read("pairs.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        importer.run(file, false, MemberImport.ImportProgress.NONE);
        try {
            List<DuplicatePair> found = duplicates.findPairs();
            assertThat(found).hasSize(DuplicateService.MAX_PAIRS);
            assertThat(duplicates.findPairs()).as("the same list, in the same order").isEqualTo(found);
            assertThat(found).allMatch(p -> p.first().id() < p.second().id());

            List<String> reasons = found.stream().map(DuplicatePair::reason).toList();
            List<String> ruleOrder = List.of("Same email", "Same name and licence", "Similar name, same state");
            assertThat(reasons).as("strongest reason first")
                    .isSortedAccordingTo(Comparator.comparingInt(ruleOrder::indexOf));
            List<DuplicatePair> ours = found.stream().filter(p -> p.first().lastName().equals(tag)).toList();
            assertThat(ours).as("this test's pairs, which the email rule finds").isNotEmpty()
                    .allMatch(p -> p.reason().equals("Same email"))
                    .extracting(p -> p.first().firstName()).as("by name").isSorted();
        } finally {
            // leave the shared test database with the few pairs the other tests expect
            jdbc.update("delete from member where last_name = ?", tag);
        }
    }

    @Test
    void mergingMovesTermsPaymentsAndTheLoginAndRemovesTheDuplicate() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails keep = create("Mia", "Merge" + tag, "mia." + tag + "@example.org", "NC", null, null);
        MemberDetails dup = create("Mia", "Merge" + tag, "mia." + tag + "+old@example.org", "NC", "NC-77", null);
        keep = members.renew(keep.id(), clinical, keep.form().version());
        dup = members.renew(dup.id(), clinical, dup.form().version());
        payments.record(dup.id(), new org.collegium.members.service.PaymentRecords.PaymentForm(
                new BigDecimal("195.00"), PaymentMethod.CHECK, "CHK-1", societyClock.today(), null, null));

        MemberDetails merged = duplicates.merge(keep.id(), dup.id());

        assertThat(merged.terms()).hasSize(2);
        assertThat(merged.form().licenceNumber()).as("empty field filled from the duplicate").isEqualTo("NC-77");
        assertThat(merged.form().email()).isEqualTo(keep.form().email());
        assertThat(payments.forMember(keep.id())).hasSize(1);
        long gone = dup.id();
        assertThatThrownBy(() -> members.get(gone)).isInstanceOf(NotFoundException.class);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("Member", String.valueOf(keep.id()))
                .getFirst().getAction()).isEqualTo("MEMBERS_MERGED");
    }

    @Test
    void mergingMovesRegistrationsCreditsAndGroupPlacesAndKeepsTheSurvivorsOwnRosterPlace() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails keep = create("Noa", "Merge" + tag, "noa." + tag + "@example.org", "NC", null, null);
        MemberDetails dup = create("Noa", "Merge" + tag, "noa." + tag + "+old@example.org", "NC", null, null);
        long event = jdbc.queryForObject("select min(id) from event", Long.class);
        long session = jdbc.queryForObject("select min(id) from group_session", Long.class);
        long group = jdbc.queryForObject("select group_id from group_session where id = ?", Long.class, session);
        jdbc.update("""
                insert into registration (event_id, member_id, first_name, last_name, email, status, price, price_kind,
                                          registered_at, status_at, created_at)
                values (?, ?, 'Noa', ?, ?, 'CANCELLED', 0, 'MEMBER', now(), now(), now())""",
                event, dup.id(), "Merge" + tag, dup.form().email());
        long registration = jdbc.queryForObject("select max(id) from registration where member_id = ?", Long.class,
                dup.id());
        jdbc.update("""
                insert into ce_credit (registration_id, member_id, hours, ce_type, awarded_on, withdrawn, created_at)
                values (?, ?, 1, 'APA', current_date, true, now())""", registration, dup.id());
        for (long member : new long[] {keep.id(), dup.id()}) {
            jdbc.update("""
                    insert into group_membership (group_id, member_id, status, requested_at, acknowledged_at, created_at)
                    values (?, ?, 'LEFT', now(), now(), now())""", group, member);
        }
        jdbc.update("insert into group_attendance (session_id, member_id, source) values (?, ?, 'FACILITATOR')",
                session, dup.id());
        try {
            duplicates.merge(keep.id(), dup.id());

            String count = "select count(*) from %s where member_id = ?";
            assertThat(jdbc.queryForObject(count.formatted("registration"), Long.class, keep.id())).isEqualTo(1);
            assertThat(jdbc.queryForObject(count.formatted("ce_credit"), Long.class, keep.id())).isEqualTo(1);
            assertThat(jdbc.queryForObject(count.formatted("group_membership"), Long.class, keep.id()))
                    .as("one roster place: the survivor's own").isEqualTo(1);
            assertThat(jdbc.queryForObject(count.formatted("group_attendance"), Long.class, keep.id())).isEqualTo(1);
            assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("Member",
                    String.valueOf(keep.id())).getFirst().getSummary())
                    .contains("1 event registrations, 1 CE credits").contains("group places and attendances");
        } finally {
            for (String table : new String[] {"ce_credit", "registration", "group_membership", "group_attendance"}) {
                jdbc.update("delete from " + table + " where member_id in (?, ?)", keep.id(), dup.id());
            }
        }
    }

    @Test
    void anAffiliateAdministratorMergesOnlyTheirOwnMembers() {
        long atlanta = affiliates.options().stream().filter(a -> a.name().contains("Atlanta")).findFirst()
                .orElseThrow().id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails a = create("Ari", "Atl" + tag, "ari." + tag + "@example.org", "GA", null, atlanta);
        MemberDetails b = create("Ari", "Atl" + tag, "ari." + tag + "+x@example.org", "GA", null, atlanta);
        long carolinas = affiliates.options().stream().filter(o -> o.name().contains("Carolinas")).findFirst()
                .orElseThrow().id();
        MemberDetails c = create("Cam", "Car" + tag, "cam." + tag + "@example.org", "NC", null, carolinas);
        MemberDetails d = create("Cam", "Car" + tag, "cam." + tag + "+x@example.org", "NC", null, carolinas);
        MemberDetails e = create("Cy", "Mix" + tag, "cy." + tag + "@example.org", "NC", null, carolinas);
        MemberDetails f = create("Cy", "Mix" + tag, "cy." + tag + "+x@example.org", "NC", null, null);
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        var pairs = duplicates.findPairs();
        assertThat(pairs).noneMatch(p -> is(p, a, b, "Same email"));
        assertThat(pairs).as("their own affiliate's pair").anyMatch(p -> is(p, c, d, "Same email"));
        assertThat(pairs).as("one of their members and one of no affiliate").noneMatch(p -> is(p, e, f, "Same email"));
        assertThatThrownBy(() -> duplicates.merge(a.id(), b.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(members.count(new org.collegium.members.service.MemberRecords.MemberFilter("", null, null, null)))
                .isPositive();
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(members.find(new org.collegium.members.service.MemberRecords.MemberFilter("Atl" + tag, null, null,
                null), PageRequest.of(0, 5))).hasSize(2);
    }

    private static boolean is(DuplicatePair p, MemberDetails x, MemberDetails y, String reason) {
        return p.reason().equals(reason) && ((p.first().id() == x.id() && p.second().id() == y.id())
                || (p.first().id() == y.id() && p.second().id() == x.id()));
    }

    private MemberDetails create(String first, String last, String email, String state, String licence,
            Long affiliate) {
        return members.create(new MemberForm(first, last, email, null, null, Discipline.OTHER,
                licence == null ? null : state, licence, null, "Town", state, null, "US", affiliate, false, false,
                null, 0));
    }
}
