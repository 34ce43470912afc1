package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.service.NotFoundException;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.DuplicateService.DuplicatePair;
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
import org.springframework.security.access.AccessDeniedException;

/** Likely duplicates are found in the database; merging moves the history to the record that stays. */
@IntegrationTest
class DuplicateServiceTest {

    @Autowired DuplicateService duplicates;
    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired PaymentService payments;
    @Autowired AffiliateService affiliates;
    @Autowired AuditEntryRepository audit;
    @Autowired Roles roles;

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
    void mergingMovesTermsPaymentsAndTheLoginAndRemovesTheDuplicate() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails keep = create("Mia", "Merge" + tag, "mia." + tag + "@example.org", "NC", null, null);
        MemberDetails dup = create("Mia", "Merge" + tag, "mia." + tag + "+old@example.org", "NC", "NC-77", null);
        keep = members.renew(keep.id(), clinical, keep.form().version());
        dup = members.renew(dup.id(), clinical, dup.form().version());
        payments.record(dup.id(), new org.collegium.members.service.PaymentRecords.PaymentForm(
                new BigDecimal("195.00"), PaymentMethod.CHECK, "CHK-1", LocalDate.now().minusDays(1), null, null));

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
    void anAffiliateAdministratorMergesOnlyTheirOwnMembers() {
        long atlanta = affiliates.options().stream().filter(a -> a.name().contains("Atlanta")).findFirst()
                .orElseThrow().id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails a = create("Ari", "Atl" + tag, "ari." + tag + "@example.org", "GA", null, atlanta);
        MemberDetails b = create("Ari", "Atl" + tag, "ari." + tag + "+x@example.org", "GA", null, atlanta);
        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        assertThat(duplicates.findPairs()).noneMatch(p -> is(p, a, b, "Same email"));
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
