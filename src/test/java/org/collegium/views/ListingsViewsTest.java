package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.ui.NotFoundView;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.listings.domain.Intake;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.domain.ListingStatus;
import org.collegium.listings.service.FindAGroup;
import org.collegium.listings.service.ListingModeration;
import org.collegium.listings.service.ListingRecords.Enquiry;
import org.collegium.listings.service.ListingRecords.ListingDetails;
import org.collegium.listings.service.ListingRecords.ListingForm;
import org.collegium.listings.service.ListingRecords.MyListing;
import org.collegium.listings.service.ListingService;
import org.collegium.listings.ui.FindAGroupView;
import org.collegium.listings.ui.ListingPageView;
import org.collegium.listings.ui.ListingsReviewView;
import org.collegium.listings.ui.MyListingsView;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.OpenNotifications;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Find a group's views for each role: the member's form and its messages next to the fields, the board's review
 * (refused to members and affiliate administrators), the public search's every filter and a listing's contact form
 * (honeypot, rate limit, the warning about health details, never the facilitator's email), and stale addresses.
 */
@IntegrationTest
class ListingsViewsTest extends SpringBrowserlessTest {

    @Autowired ListingService listings;
    @Autowired ListingModeration moderation;
    @Autowired FindAGroup find;
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
        tag = "zv" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private ListingForm form(String title, ListingFormat format, String state, List<String> served,
            List<String> languages, String fee, boolean sliding, boolean free, String insurance, boolean stepFree,
            boolean captioning) {
        return new ListingForm(title, "Focus " + tag + " on loss", "Adults", "Interpersonal", format,
                format.inPerson() ? "Albany" : null, format.inPerson() ? state : null, served, languages,
                fee == null ? null : new BigDecimal(fee), sliding, free, insurance, stepFree, captioning, false, null,
                "Tuesdays 6 PM", Intake.OPEN, true, 0);
    }

    /** Listed by the owner and published by the board; the caller then acts as whoever the test is. */
    private long published(Person owner, ListingForm form) {
        long id = roles.as(owner.email(), Role.MEMBER, () -> listings.create(form));
        roles.as("board@example.org", Role.BOARD, () -> {
            moderation.publish(id, moderation.listing(id).version());
            return null;
        });
        return id;
    }

    private long pending(Person owner, ListingForm form) {
        return roles.as(owner.email(), Role.MEMBER, () -> listings.create(form));
    }

    private TextField text(String caption) {
        return $(TextField.class).withCaption(caption).single();
    }

    @SuppressWarnings("unchecked")
    private List<String> results() {
        Grid<ListingDetails> grid = $(Grid.class).single();
        assertThat(grid.getDataProvider().isInMemory()).as("results page in the database").isFalse();
        return grid.getGenericDataView().getItems().map(ListingDetails::title).toList();
    }

    private void search() {
        test($(Button.class).withText("Search").single()).click();
    }

    // --- the member's form --------------------------------------------------------------------------------------

    @Test
    @WithMockUser(roles = "MEMBER")
    @SuppressWarnings("unchecked")
    void theMembersFormSaysWhatIsWrongNextToEachField() {
        Person owner = fixtures.member("Mara", true, today);
        fixtures.actAs(owner);
        navigate(MyListingsView.class);
        test($(Button.class).withText("List a group").single()).click();

        // an online group that names no state, no language, a negative fee, no title, focus or schedule
        ((CheckboxGroup<String>) $(CheckboxGroup.class).withCaption("Languages").single()).setValue(Set.of());
        $(BigDecimalField.class).withCaption("Fee per session (US$)").single().setValue(new BigDecimal("-5"));
        test($(Button.class).withText("Save and send for review").single()).click();
        assertThat(text("Title").isInvalid()).isTrue();
        assertThat(text("Title").getErrorMessage()).isEqualTo("Title is required.");
        assertThat($(TextArea.class).withCaption("Focus").single().isInvalid()).isTrue();
        assertThat(text("Schedule").isInvalid()).isTrue();
        assertThat(text("States served online").getErrorMessage())
                .isEqualTo("An online group names the states it may serve.");
        CheckboxGroup<String> languages = $(CheckboxGroup.class).withCaption("Languages").single();
        assertThat(languages.isInvalid()).isTrue();
        assertThat(languages.getErrorMessage()).isEqualTo("Languages is required.");
        BigDecimalField fee = $(BigDecimalField.class).withCaption("Fee per session (US$)").single();
        assertThat(fee.isInvalid()).isTrue();
        assertThat(fee.getErrorMessage()).isEqualTo("Fee per session (US$) must be between 0 and 1000.00.");
        assertThat(OpenNotifications.texts($(Notification.class).all())).contains("Please correct the marked fields.");

        // in person without a city or state; a typed language code that is none
        $(Select.class).withCaption("Format").single().setValue(ListingFormat.IN_PERSON);
        test(text("Title")).setValue("Bereavement circle " + tag);
        test($(TextArea.class).withCaption("Focus").single()).setValue("Grief " + tag);
        test(text("Schedule")).setValue("Mondays 6 PM");
        test(text("Other languages")).setValue("pt, english!");
        fee.setValue(new BigDecimal("40.00"));
        test($(Button.class).withText("Save and send for review").single()).click();
        assertThat(text("City").getErrorMessage()).isEqualTo("A group that meets in person needs its City.");
        assertThat(text("State").getErrorMessage()).isEqualTo("A group that meets in person needs its State.");
        assertThat(text("Other languages").getErrorMessage()).contains("english!");
        assertThat(languages.isInvalid()).as("the ticked boxes were fine").isFalse();
        assertThat(fee.isInvalid()).isFalse();
        assertThat(text("Title").isInvalid()).isFalse();
        assertThat(listings.mine()).isEmpty();

        // a free group with a fee; then all well
        test(text("City")).setValue("Albany");
        test(text("State")).setValue("ny");
        test(text("Other languages")).setValue("pt");
        test($(Checkbox.class).withCaption("Free").single()).click();
        test($(Button.class).withText("Save and send for review").single()).click();
        assertThat(fee.getErrorMessage()).isEqualTo("A free group has no fee.");
        fee.setValue(null);
        test($(Button.class).withText("Save and send for review").single()).click();
        assertThat(listings.mine()).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Bereavement circle " + tag);
            assertThat(l.status()).isEqualTo(ListingStatus.PENDING);
        });
        assertThat(listings.form(listings.mine().getFirst().id()).languages()).containsExactly("pt");
        assertThat(OpenNotifications.texts($(Notification.class).all())).contains("Saved. The board will review the listing.");
        Grid<MyListing> grid = $(Grid.class).single();
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.getHeaderText()).isNotBlank());
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void aMemberWhoIsNotInGoodStandingIsToldAndCannotList() {
        Person lapsed = fixtures.member("Lora", false, today);
        fixtures.actAs(lapsed);
        navigate(MyListingsView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Listing a group is for members "
                + "in good standing"));
        assertThat($(Button.class).withText("List a group").single().isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    @SuppressWarnings("unchecked")
    void aListingThatIsNoLongerTheMembersIsSaidSoNotA500() {
        Person owner = fixtures.member("Nell", true, today);
        Person other = fixtures.member("Noor", true, today);
        fixtures.actAs(owner);
        long id = listings.create(form("Nell's group " + tag, ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false));
        navigate(MyListingsView.class);
        // meanwhile the listing went to another member (a merge of duplicates)
        jdbc.update("UPDATE group_listing SET owner_member_id = ? WHERE id = ?", other.memberId(), id);
        Grid<MyListing> grid = $(Grid.class).single();
        Button edit = (Button) test(grid).getCellComponent(0, "actions").getChildren().findFirst().orElseThrow();
        test(edit).click();
        assertThat(getCurrentView()).isInstanceOf(MyListingsView.class);
        assertThat(OpenNotifications.texts($(Notification.class).all())).contains("This listing was not found. It may have been removed.");
        assertThat(grid.getGenericDataView().getItems()).isEmpty();
        assertThat($(Button.class).withText("Save and send for review").all()).noneMatch(b -> b.isVisible());
    }

    // --- the board's review -------------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    @SuppressWarnings("unchecked")
    void theBoardDeclinesWithANoteAndThenPublishes() {
        Person owner = fixtures.member("Rhea", true, today);
        fixtures.actAs(owner);
        long id = listings.create(form("Rhea's group " + tag, ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false));
        roles.actAs("board@example.org", Role.BOARD);
        navigate(ListingsReviewView.class);
        Grid<ListingDetails> grid = $(Grid.class).single();
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        test(grid).clickRow(rowOf(grid, id));
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Rhea's group " + tag));
        test($(Button.class).withText("Decline").single()).click();
        TextArea note = $(TextArea.class).withCaption("Note to the member (required to decline or unpublish)")
                .single();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Note to the member is required.");
        test(note).setValue("Please name the states you serve.");
        test($(Button.class).withText("Decline").single()).click();
        assertThat(moderation.listing(id).status()).isEqualTo(ListingStatus.DECLINED);

        $(Select.class).withCaption("Show").single().setValue(ListingStatus.DECLINED);
        test(grid).clickRow(rowOf(grid, id));
        test($(Button.class).withText("Publish").single()).click();
        assertThat(moderation.listing(id).status()).isEqualTo(ListingStatus.PUBLISHED);

        $(Select.class).withCaption("Show").single().setValue(ListingStatus.PUBLISHED);
        test(grid).clickRow(rowOf(grid, id));
        // meanwhile the member withdrew it: the board is told, not shown an error page
        fixtures.actAs(owner);
        listings.withdraw(id);
        roles.actAs("board@example.org", Role.BOARD);
        test($(TextArea.class).withCaption("Note to the member (required to decline or unpublish)").single())
                .setValue("Hidden.");
        test($(Button.class).withText("Unpublish").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ListingsReviewView.class);
        assertThat(OpenNotifications.texts($(Notification.class).all())).isNotEmpty();
        assertThat(moderation.listing(id).status()).isEqualTo(ListingStatus.WITHDRAWN);
    }

    private static int rowOf(Grid<ListingDetails> grid, long id) {
        List<Long> ids = grid.getGenericDataView().getItems().map(ListingDetails::id).toList();
        assertThat(ids).contains(id);
        return ids.indexOf(id);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorOpensTheReview() {
        navigate(ListingsReviewView.class);
        assertThat(getCurrentView()).isInstanceOf(ListingsReviewView.class);
        assertThat($(Button.class).withText("Publish").single().isEnabled()).as("nothing chosen yet").isFalse();
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMemberCannotOpenTheReview() {
        UI.getCurrent().navigate("listings");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anAffiliateAdministratorCannotOpenTheReview() {
        UI.getCurrent().navigate("listings");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    // --- the public search --------------------------------------------------------------------------------------

    @Test
    @WithAnonymousUser
    void everyFilterOfThePublicSearch() {
        Person owner = fixtures.member("Sofi", true, today);
        published(owner, form("Grupo " + tag, ListingFormat.ONLINE, null, List.of("NJ", "FL"), List.of("es"),
                "90.00", true, false, null, false, true));
        published(owner, form("Free circle " + tag, ListingFormat.IN_PERSON, "NY", List.of(), List.of("en"), null,
                false, true, null, true, false));
        published(owner, form("Paid hybrid " + tag, ListingFormat.HYBRID, "CA", List.of("CA", "OR"),
                List.of("en"), "120.00", false, false, "Aetna, Cigna", true, true));
        navigate(FindAGroupView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Find a group");
        test(text("Focus")).setValue(tag);
        search();
        assertThat(results()).containsExactlyInAnyOrder("Grupo " + tag, "Free circle " + tag, "Paid hybrid " + tag);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals("3 groups match."));

        test($(Select.class).withCaption("Language").single()).selectItem("Spanish");
        search();
        assertThat(results()).containsExactly("Grupo " + tag);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals("One group matches."));
        test($(Select.class).withCaption("Language").single()).selectItem("Any");

        BigDecimalField most = $(BigDecimalField.class).withCaption("Most I can pay per session (US$)").single();
        most.setValue(new BigDecimal("30"));
        search();
        assertThat(results()).as("sliding scale and free always match").containsExactlyInAnyOrder("Grupo " + tag,
                "Free circle " + tag);
        most.setValue(new BigDecimal("-5"));
        search();
        assertThat(most.getErrorMessage()).startsWith("Enter an amount in dollars and cents");
        assertThat(results()).hasSize(3);
        most.setValue(null);
        search();
        assertThat(most.isInvalid()).isFalse();

        test(text("Insurance")).setValue("cigna");
        search();
        assertThat(results()).containsExactly("Paid hybrid " + tag);
        test(text("Insurance")).setValue("");

        test($(Select.class).withCaption("Online or in person").single()).selectItem("Online");
        test($(Select.class).withCaption("State").single()).selectItem("FL");
        search();
        assertThat(results()).containsExactly("Grupo " + tag);
        test($(Select.class).withCaption("Online or in person").single()).selectItem("In person");
        test($(Select.class).withCaption("State").single()).selectItem("NY");
        search();
        assertThat(results()).containsExactly("Free circle " + tag);
        test($(Select.class).withCaption("Online or in person").single()).selectItem("Online or in person");
        test($(Select.class).withCaption("State").single()).selectItem("Any");

        test($(Checkbox.class).withCaption("Step-free access").single()).click();
        search();
        assertThat(results()).containsExactlyInAnyOrder("Free circle " + tag, "Paid hybrid " + tag);
        test($(Checkbox.class).withCaption("Captioning").single()).click();
        search();
        assertThat(results()).containsExactly("Paid hybrid " + tag);
        test($(Checkbox.class).withCaption("Interpreters").single()).click();
        search();
        assertThat(results()).isEmpty();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals("No groups match."));
    }

    @Test
    @WithAnonymousUser
    void aListingsPageShowsTheWarningKeepsTheEmailAndHoldsTheHoneypotAndTheLimit() {
        Person owner = fixtures.member("Tess", true, today);
        long id = published(owner, form("Tess's group " + tag, ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false));
        UI.getCurrent().navigate("find-a-group/" + id);
        assertThat(getCurrentView()).isInstanceOf(ListingPageView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Tess's group " + tag);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.hasClassName("contact-warning")
                && p.getText().contains("do not include health details"));
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(owner.email());

        // the message is required, the email must be one
        test($(Button.class).withText("Send").single()).click();
        assertThat($(TextArea.class).withCaption("Message").single().isInvalid()).isTrue();
        String visitor = tag + "@example.net";
        test(text("Your name")).setValue("Vic Visitor");
        test($(EmailField.class).withCaption("Your email").single()).setValue("not an address");
        test($(TextArea.class).withCaption("Message").single()).setValue("Is there room in January?");
        test($(Button.class).withText("Send").single()).click();
        assertThat($(EmailField.class).withCaption("Your email").single().getErrorMessage())
                .isEqualTo("Please enter a valid email address.");
        test($(EmailField.class).withCaption("Your email").single()).setValue(visitor);
        test($(Button.class).withText("Send").single()).click();
        assertThat($(EmailField.class).withCaption("Your email").single().isInvalid()).isFalse();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Thank you.")
                && p.getText().contains(visitor));
        assertThat(enquiriesTo(owner.email())).isEqualTo(1);
        assertThat(outboxTo(visitor)).isEqualTo(1);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(owner.email());

        // a robot fills the hidden field: answered alike, nothing sent
        UI.getCurrent().navigate("find-a-group/" + id);
        String robot = "bot-" + visitor;
        test(text("Your name")).setValue("Bot");
        test($(EmailField.class).withCaption("Your email").single()).setValue(robot);
        test($(TextArea.class).withCaption("Message").single()).setValue("Cheap pills");
        $(TextField.class).withCaption("Leave this empty").single().setValue("http://spam.example");
        test($(Button.class).withText("Send").single()).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Thank you."));
        assertThat(outboxTo(robot)).isZero();
        assertThat(enquiriesTo(owner.email())).isEqualTo(1);

        // the rate limit: a fourth message in the hour from one address is refused, with a message saying so
        find.enquire(id, new Enquiry("Vic Visitor", visitor, "Second", null), null);
        find.enquire(id, new Enquiry("Vic Visitor", visitor, "Third", null), null);
        UI.getCurrent().navigate("find-a-group/" + id);
        test(text("Your name")).setValue("Vic Visitor");
        test($(EmailField.class).withCaption("Your email").single()).setValue(visitor);
        test($(TextArea.class).withCaption("Message").single()).setValue("Fourth");
        test($(Button.class).withText("Send").single()).click();
        assertThat(OpenNotifications.texts($(Notification.class).all())).contains("You have sent 3 messages in the last hour. Please try again later.");
        assertThat(enquiriesTo(owner.email())).isEqualTo(3);
    }

    @Test
    @WithAnonymousUser
    void aStaleOrHiddenListingShowsTheNotFoundPage() {
        UI.getCurrent().navigate("find-a-group/999999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("find-a-group/abc");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        Person owner = fixtures.member("Ulla", true, today);
        long id = published(owner, form("Ulla's group " + tag, ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false));
        long pending = pending(owner, form("Ulla's second " + tag, ListingFormat.ONLINE, null, List.of("NY"),
                List.of("en"), "50.00", false, false, null, false, false));
        UI.getCurrent().navigate("find-a-group/" + pending);
        assertThat(getCurrentView()).as("waiting for review").isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("find-a-group/" + id);
        assertThat(getCurrentView()).isInstanceOf(ListingPageView.class);
        jdbc.update("UPDATE member SET status = 'LAPSED' WHERE id = ?", owner.memberId());
        try {
            UI.getCurrent().navigate("find-a-group/" + id);
            assertThat(getCurrentView()).as("its member lapsed").isInstanceOf(NotFoundView.class);
        } finally {
            jdbc.update("UPDATE member SET status = 'ACTIVE' WHERE id = ?", owner.memberId());
        }
    }

    @Test
    @WithUserDetails("member@example.org")
    void aSignedInMemberAlsoReadsThePublicPages() {
        navigate(FindAGroupView.class);
        assertThat(getCurrentView()).isInstanceOf(FindAGroupView.class);
        UI.getCurrent().navigate("find-a-group/999999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private int enquiriesTo(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE "
                + "'An enquiry about%'", Integer.class, email);
    }

    private int outboxTo(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", Integer.class, email);
    }
}
