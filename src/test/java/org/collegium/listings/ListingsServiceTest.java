package org.collegium.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.domain.FieldChange;
import org.collegium.base.service.AuditActions;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.listings.domain.Intake;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.domain.ListingStatus;
import org.collegium.listings.service.EnquiryRetention;
import org.collegium.listings.service.FindAGroup;
import org.collegium.listings.service.ListingModeration;
import org.collegium.listings.service.ListingRecords.Attendance;
import org.collegium.listings.service.ListingRecords.Enquiry;
import org.collegium.listings.service.ListingRecords.ListingDetails;
import org.collegium.listings.service.ListingRecords.ListingForm;
import org.collegium.listings.service.ListingRecords.SearchFilter;
import org.collegium.listings.service.ListingService;
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

/** Find a group on MariaDB: listing, the board's review, hiding on lapse, every filter, enquiries and their limit. */
@IntegrationTest
class ListingsServiceTest {

    @Autowired ListingService listings;
    @Autowired ListingModeration moderation;
    @Autowired FindAGroup find;
    @Autowired EnquiryRetention retention;
    @Autowired GroupService groups;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditEntryRepository audit;

    private GroupFixtures fixtures;
    private LocalDate today;
    private String tag;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
        tag = "zq" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        roles.clear();
    }

    private ListingForm form(String title, ListingFormat format, String state, List<String> served,
            List<String> languages, String fee, boolean sliding, boolean free, String insurance, boolean stepFree,
            boolean captioning) {
        return new ListingForm(title, "Focus " + tag + " on grief", "Adults", "Interpersonal", format,
                format.inPerson() ? "Albany" : null, format.inPerson() ? state : null, served, languages,
                fee == null ? null : new BigDecimal(fee), sliding, free, insurance, stepFree, captioning, false, null,
                "Tuesdays 6 PM", Intake.OPEN, true, 0);
    }

    private long listAndPublish(Person owner, ListingForm form) {
        fixtures.actAs(owner);
        long id = listings.create(form);
        fixtures.actAsBoard();
        moderation.publish(id, moderation.listing(id).version());
        roles.clear();
        return id;
    }

    private List<Long> found(SearchFilter filter) {
        roles.clear();
        List<Long> ids = find.search(filter, 0, 50).stream().map(ListingDetails::id).toList();
        assertThat(find.count(filter)).isEqualTo(ids.size());
        return ids;
    }

    private SearchFilter byTag() {
        return new SearchFilter(null, null, null, Attendance.ANY, null, false, false, false, tag);
    }

    @Test
    void aListingIsPublicOnlyOnceTheBoardPublishesItAndAnEditSendsItBackToReview() {
        Person owner = fixtures.member("Lena", true, today);
        fixtures.actAs(owner);
        long id = listings.create(form("Grief group", ListingFormat.ONLINE, null, List.of("NY"), List.of("en"),
                "50.00", false, false, null, false, false));
        assertThat(listings.mine()).singleElement().satisfies(l -> assertThat(l.status())
                .isEqualTo(ListingStatus.PENDING));
        assertThat(found(byTag())).isEmpty();
        assertThatThrownBy(() -> find.listing(id)).isInstanceOf(NotFoundException.class);

        fixtures.actAs(owner);
        assertThatThrownBy(() -> moderation.publish(id, 0)).isInstanceOf(AccessDeniedException.class);
        fixtures.actAsBoard();
        assertThatThrownBy(() -> moderation.decline(id, " ", moderation.listing(id).version()))
                .isInstanceOf(InvalidInputException.class);
        moderation.publish(id, moderation.listing(id).version());
        assertThat(found(byTag())).containsExactly(id);
        assertThat(find.listing(id).facilitator()).isEqualTo("Lena Tester");

        fixtures.actAs(owner);
        listings.update(id, listings.form(id));
        assertThat(listings.mine().get(0).status()).isEqualTo(ListingStatus.PENDING);
        assertThat(found(byTag())).as("an edit goes back to review").isEmpty();

        fixtures.actAsBoard();
        moderation.publish(id, moderation.listing(id).version());
        moderation.unpublish(id, "Please add the states you serve.", moderation.listing(id).version());
        assertThat(found(byTag())).isEmpty();
        fixtures.actAs(owner);
        assertThat(listings.mine().get(0).reviewNote()).isEqualTo("Please add the states you serve.");
        listings.withdraw(id);
        assertThat(listings.mine().get(0).status()).isEqualTo(ListingStatus.WITHDRAWN);
    }

    @Test
    void anotherMembersListingIsNotFoundAndALapsedMemberMayNotList() {
        Person owner = fixtures.member("Olga", true, today);
        Person other = fixtures.member("Otto", true, today);
        Person lapsed = fixtures.member("Lars", false, today);
        fixtures.actAs(owner);
        long id = listings.create(form("Olga's group", ListingFormat.ONLINE, null, List.of("NY"), List.of("en"),
                "50.00", false, false, null, false, false));
        fixtures.actAs(other);
        assertThatThrownBy(() -> listings.form(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listings.withdraw(id)).isInstanceOf(NotFoundException.class);
        fixtures.actAs(lapsed);
        assertThat(listings.mayList()).isFalse();
        assertThatThrownBy(() -> listings.create(form("Lapsed", ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aMemberWhoLapsesIsHiddenAtOnceByTheQueryItself() {
        Person owner = fixtures.member("Hana", true, today);
        long id = listAndPublish(owner, form("Hana's group", ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false));
        assertThat(found(byTag())).containsExactly(id);
        jdbc.update("UPDATE member SET status = 'LAPSED' WHERE id = ?", owner.memberId());
        try {
            assertThat(found(byTag())).as("no nightly job needed").isEmpty();
            assertThatThrownBy(() -> find.listing(id)).isInstanceOf(NotFoundException.class);
            assertThat(find.sitemap()).noneMatch(e -> e.path().equals("find-a-group/" + id));
        } finally {
            jdbc.update("UPDATE member SET status = 'ACTIVE' WHERE id = ?", owner.memberId());
        }
        assertThat(found(byTag())).containsExactly(id);
    }

    @Test
    void everyFilterFindsWhatItShould() {
        Person owner = fixtures.member("Fay", true, today);
        long spanishSliding = listAndPublish(owner, form("Grupo", ListingFormat.ONLINE, null, List.of("NJ", "FL"),
                List.of("es"), "90.00", true, false, null, false, true));
        long freeInPerson = listAndPublish(owner, form("Free circle", ListingFormat.IN_PERSON, "NY", List.of(),
                List.of("en"), null, false, true, null, true, false));
        long paidHybrid = listAndPublish(owner, form("Paid hybrid", ListingFormat.HYBRID, "CA", List.of("CA", "OR"),
                List.of("en", "pt"), "120.00", false, false, "Aetna, Cigna", true, true));
        SearchFilter all = byTag();
        assertThat(found(all)).containsExactlyInAnyOrder(spanishSliding, freeInPerson, paidHybrid);
        assertThat(found(with(all, "language", "es"))).containsExactly(spanishSliding);
        assertThat(found(with(all, "language", "pt"))).containsExactly(paidHybrid);
        assertThat(found(new SearchFilter(null, new BigDecimal("30"), null, Attendance.ANY, null, false, false,
                false, tag))).as("free and sliding scale always match").containsExactlyInAnyOrder(spanishSliding,
                freeInPerson);
        assertThat(found(new SearchFilter(null, new BigDecimal("120.00"), null, Attendance.ANY, null, false, false,
                false, tag))).hasSize(3);
        assertThat(found(new SearchFilter(null, null, "cigna", Attendance.ANY, null, false, false, false, tag)))
                .containsExactly(paidHybrid);
        assertThat(found(new SearchFilter(null, null, null, Attendance.ONLINE, null, false, false, false, tag)))
                .containsExactlyInAnyOrder(spanishSliding, paidHybrid);
        assertThat(found(new SearchFilter(null, null, null, Attendance.ONLINE, "FL", false, false, false, tag)))
                .as("an online group serving the state").containsExactly(spanishSliding);
        assertThat(found(new SearchFilter(null, null, null, Attendance.IN_PERSON, null, false, false, false, tag)))
                .containsExactlyInAnyOrder(freeInPerson, paidHybrid);
        assertThat(found(new SearchFilter(null, null, null, Attendance.IN_PERSON, "NY", false, false, false, tag)))
                .containsExactly(freeInPerson);
        assertThat(found(new SearchFilter(null, null, null, Attendance.ANY, "CA", false, false, false, tag)))
                .containsExactly(paidHybrid);
        assertThat(found(new SearchFilter(null, null, null, Attendance.ANY, null, true, false, false, tag)))
                .containsExactlyInAnyOrder(freeInPerson, paidHybrid);
        assertThat(found(new SearchFilter(null, null, null, Attendance.ANY, null, true, true, false, tag)))
                .containsExactly(paidHybrid);
        assertThat(found(new SearchFilter(null, null, null, Attendance.ANY, null, false, false, true, tag)))
                .isEmpty();
        assertThat(found(new SearchFilter(null, null, null, Attendance.ANY, null, false, false, false,
                "no such focus " + tag))).isEmpty();
        assertThat(find.languages()).as("the search offers every published language").contains("en", "es", "pt");
        // paged in the database
        assertThat(find.search(all, 0, 2)).hasSize(2);
        assertThat(find.search(all, 2, 2)).hasSize(1);
    }

    private SearchFilter with(SearchFilter f, String what, String language) {
        return new SearchFilter(language, f.maxFee(), f.insurance(), f.attendance(), f.state(), f.stepFree(),
                f.captioning(), f.interpreters(), f.focus());
    }

    @Test
    void everyFieldIsCheckedWithItsOwnMessage() {
        Person owner = fixtures.member("Vera", true, today);
        fixtures.actAs(owner);
        assertThatThrownBy(() -> listings.create(new ListingForm("\u202Eevil", null, null, null, ListingFormat.HYBRID,
                null, "XX", List.of("ZZ"), List.of("english!"), new BigDecimal("1E+3"), false, false, null, false,
                false, false, null, null, null, false, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKeys(
                        "title", "focus", "state", "servedStates", "languages", "fee", "schedule", "intake", "city"));
        assertThatThrownBy(() -> listings.create(form("Cents", ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "12.345", false, false, null, false, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("fee"));
        assertThatThrownBy(() -> listings.create(form("No fee", ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), null, false, false, null, false, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("fee"));
    }

    @Test
    void anEnquiryReachesTheFacilitatorWithoutTheirAddressAndTheRateLimitAndHoneypotHold() {
        Person owner = fixtures.member("Eva", true, today);
        long id = listAndPublish(owner, form("Eva's group", ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false));
        String visitor = tag + "@example.net";
        int before = outboxTo(owner.email());
        var sent = find.enquire(id, new Enquiry("Vic Visitor", visitor, "Is there room?", ""), "10.9.8.7");
        assertThat(sent.email()).isEqualTo(visitor);
        assertThat(outboxTo(owner.email())).isEqualTo(before + 1);
        assertThat(outboxTo(visitor)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT body FROM outbox_message WHERE recipient = ?", String.class, visitor))
                .doesNotContain(owner.email());
        // the honeypot: answered alike, nothing stored or sent
        find.enquire(id, new Enquiry("Bot", "bot-" + visitor, "Buy now", "http://spam.example"), "10.9.8.6");
        assertThat(outboxTo("bot-" + visitor)).isZero();
        find.enquire(id, new Enquiry("Vic Visitor", visitor, "Second", null), "10.1.1.1");
        find.enquire(id, new Enquiry("Vic Visitor", visitor, "Third", null), "10.1.1.2");
        assertThatThrownBy(() -> find.enquire(id, new Enquiry("Vic Visitor", visitor, "Fourth", null), "10.1.1.3"))
                .as("three per email an hour").isInstanceOf(BusinessRuleException.class);
        for (int i = 0; i < 2; i++) {
            find.enquire(id, new Enquiry("Other", i + "x" + visitor, "Hello", null), "10.9.8.7");
        }
        assertThatThrownBy(() -> find.enquire(id, new Enquiry("Other", "y" + visitor, "Hello", null), "10.9.8.7"))
                .as("three per client address an hour").isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> find.enquire(id, new Enquiry("", "not an address", "x".repeat(1501), null), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "email", "message"));
        fixtures.actAs(owner);
        assertThat(listings.mine().get(0).enquiries()).isEqualTo(5);

        clock.set(clock.instant().plus(Duration.ofHours(2)));
        roles.clear();
        find.enquire(id, new Enquiry("Vic Visitor", visitor, "Later", null), "10.1.1.4");
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM listing_enquiry WHERE listing_id = ?", Long.class, id);
        assertThat(stored).isEqualTo(6);
        clock.set(clock.instant().plus(Duration.ofDays(31)));
        retention.purge();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM listing_enquiry WHERE listing_id = ?", Long.class, id))
                .isZero();
        fixtures.actAs(owner);
        assertThat(listings.mine().get(0).enquiries()).as("the count stays").isEqualTo(6);
    }

    private int outboxTo(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", Integer.class, email);
    }

    @Test
    void everyDecisionAndEveryChangeOfTheMemberIsInTheAuditLogByWhoMadeIt() {
        Person owner = fixtures.member("Aldo", true, today);
        fixtures.actAs(owner);
        long id = listings.create(form("Audited group", ListingFormat.ONLINE, null, List.of("NY"), List.of("en"),
                "50.00", false, false, null, false, false));
        assertAudited(id, "LISTING_CREATED", owner.email(), new FieldChange("title", null, "Audited group"));

        fixtures.actAsBoard();
        moderation.decline(id, "Please name the states you serve.", moderation.listing(id).version());
        assertAudited(id, "LISTING_DECLINED", "board@example.org", new FieldChange("status", "PENDING", "DECLINED"),
                new FieldChange("reviewNote", null, "Please name the states you serve."));

        fixtures.actAs(owner);
        ListingForm f = listings.form(id);
        listings.update(id, new ListingForm(f.title(), f.focus(), f.audience(), f.approach(), f.format(), f.city(),
                f.state(), List.of("NY", "NJ"), f.languages(), new BigDecimal("45"), f.slidingScale(), f.free(),
                f.insurance(), f.stepFree(), f.captioning(), f.interpreters(), f.transportNotes(), f.schedule(),
                f.intake(), f.screeningCall(), f.version()));
        assertAudited(id, "LISTING_UPDATED", owner.email(), new FieldChange("fee", "50", "45"),
                new FieldChange("servedStates", "[NY]", "[NY, NJ]"), new FieldChange("status", "DECLINED", "PENDING"));

        roles.actAs("admin@example.org", org.collegium.accounts.domain.Role.ADMIN);
        moderation.publish(id, moderation.listing(id).version());
        assertAudited(id, "LISTING_PUBLISHED", "admin@example.org", new FieldChange("status", "PENDING",
                "PUBLISHED"), new FieldChange("reviewNote", "Please name the states you serve.", null));

        fixtures.actAsBoard();
        moderation.unpublish(id, "Hidden while we check the licence.", moderation.listing(id).version());
        assertAudited(id, "LISTING_UNPUBLISHED", "board@example.org", new FieldChange("status", "PUBLISHED",
                "UNPUBLISHED"));

        fixtures.actAs(owner);
        listings.withdraw(id);
        assertAudited(id, "LISTING_WITHDRAWN", owner.email(), new FieldChange("status", "UNPUBLISHED", "WITHDRAWN"));
        assertThat(AuditActions.recordType("GroupListing")).isPresent();
    }

    private void assertAudited(long id, String action, String actor, FieldChange... changes) {
        List<AuditEntry> entries = audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("GroupListing",
                String.valueOf(id));
        assertThat(entries).as(action).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(action);
            assertThat(e.getActor()).isEqualTo(actor);
            assertThat(e.getChanges()).contains(changes);
        });
        assertThat(AuditActions.label(action)).doesNotContain("_");
    }
}
