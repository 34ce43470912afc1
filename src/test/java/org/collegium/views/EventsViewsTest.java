package org.collegium.views;

import org.collegium.base.ui.NotFoundView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.events.EventFixtures;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventSummary;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.MyRegistration;
import org.collegium.events.ui.CheckInView;
import org.collegium.events.ui.ClaimSeatView;
import org.collegium.events.ui.ConfirmRegistrationView;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.events.ui.EventEditorView;
import org.collegium.events.ui.EventPageView;
import org.collegium.events.ui.EventsView;
import org.collegium.events.ui.MyCeView;
import org.collegium.events.ui.MyRegistrationsView;
import org.collegium.events.ui.UpcomingEventsView;
import org.collegium.events.service.AttendanceService.RosterEntry;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.OpenNotifications;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The events views for each role: managing, checking in, the public pages, and a member's own pages. */
@IntegrationTest
class EventsViewsTest extends SpringBrowserlessTest {

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired DemoData demo;
    @Autowired Roles roles;
    @Autowired MutableClock clock;
    @Autowired OutboxMessageRepository outbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardCreatesAnEventAndIsToldWhatIsMissing() {
        navigate(EventsView.class);
        Grid<EventSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class).withCaption("Host").single().isVisible())
                .isTrue();

        navigate("events/edit/new", EventEditorView.class);
        EventEditorView editor = (EventEditorView) getCurrentView();
        test($(Button.class).withText("Save").single()).click();
        assertThat($(TextField.class).withCaption("Title").single().isInvalid()).isTrue();
        String title = "Board-made " + EventFixtures.tag();
        $(TextField.class).withCaption("Title").single().setValue(title);
        assertThat($(TextField.class).withCaption("Venue").single().isInvalid()).as("in person needs a venue").isTrue();
        $(TextField.class).withCaption("Venue").single().setValue("Room 1, 10 Main St");
        test($(Button.class).withText("Save").single()).click();
        assertThat(editor.getElement().getText()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).anyMatch(h -> h.getText().equals(title));
        test($(Button.class).withText("Publish").single()).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Published"));
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardAddsAndChangesAConferencesSessions() {
        EventFixtures fixtures = new EventFixtures(events, roles);
        var t = EventFixtures.training("Conference " + EventFixtures.tag(), 100, null);
        long eventId = fixtures.publish(new EventService.EventForm(org.collegium.events.domain.EventKind.CONFERENCE,
                t.title(), null, t.startsAt(), t.endsAt(), t.format(), t.venue(), t.onlineLink(), 100,
                t.memberPrice(), t.nonMemberPrice(), null, null, null, null, 48, t.ceHours(), t.ceType(), null, 0));
        navigate("events/edit/" + eventId, EventEditorView.class);
        $(TextField.class).withCaption("Session title").single().setValue("Opening plenary");
        test($(Button.class).withText("Add session").single()).click();
        Grid<EventService.SessionView> sessions = $(Grid.class).single();
        assertThat(test(sessions).size()).isEqualTo(1);

        test(sessions).clickRow(0);
        $(TextField.class).withCaption("Session title").single().setValue("Opening plenary and welcome");
        test($(Button.class).withText("Save session").single()).click();
        assertThat(events.sessions(eventId)).extracting(EventService.SessionView::title)
                .containsExactly("Opening plenary and welcome");
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    @SuppressWarnings("unchecked")
    void anAffiliateAdministratorListsOnlyTheirOwnSocietysEvents() {
        navigate(EventsView.class);
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class).withCaption("Host").all()).isEmpty();
        Grid<EventSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).hostName()).contains("Carolinas");
        }
        long national = new EventFixtures(events, roles).publish(EventFixtures.training("Not theirs "
                + EventFixtures.tag(), 5, null));
        UI.getCurrent().navigate("events/check-in/" + national);
        assertThat(getCurrentView()).as("not theirs: the not-found page").isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("events/edit/" + national);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMemberCannotOpenTheEventsManagement() {
        UI.getCurrent().navigate("events");
        assertThat(getCurrentView()).isNotInstanceOf(EventsView.class);
        UI.getCurrent().navigate("events/check-in/1");
        assertThat(getCurrentView()).isNotInstanceOf(CheckInView.class);
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardChecksPeopleInAndTheirCertificateAppears() {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Check-in "
                + EventFixtures.tag(), 5, null));
        roles.as("member@example.org", Role.MEMBER, () -> registrations.register(eventId, List.of()));
        roles.as("facilitator@example.org", Role.MEMBER, () -> registrations.register(eventId, List.of()));

        navigate("events/check-in/" + eventId, CheckInView.class); // weeks ahead: attendance not open yet
        assertThat($(Paragraph.class).withClassName("attendance-closed").single().getText())
                .startsWith("This has not begun: attendance can be recorded from ");
        assertThat($(Button.class).withText("Mark all confirmed as attended").single().isEnabled()).isFalse();
        assertThat($(Button.class).withText("Attended").all()).isEmpty();
        Grid<RosterEntry> roster = $(Grid.class).single();
        assertThat(roster.getColumns()).anyMatch(c -> "Charged".equals(c.getHeaderText()));

        clock.set(new EventFixtures(events, roles).startOf(eventId));
        navigate("events/check-in/" + eventId, CheckInView.class);
        assertThat($(Paragraph.class).withClassName("attendance-closed").all()).as("nothing to explain").isEmpty();
        Grid<RosterEntry> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        $(TextField.class).withCaption("Find").single().setValue("member@example");
        assertThat(test(grid).size()).isEqualTo(1);
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(0,
                grid.getColumns().size() - 1);
        test((Button) actions.getComponentAt(0)).click(); // "Attended"
        assertThat(test(grid).getRow(0).certificateNumber()).startsWith("CE-");
        var after = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(0,
                grid.getColumns().size() - 1);
        assertThat(after.getChildren()).anyMatch(c -> c instanceof Anchor a && a.getText().equals("Certificate"));
        $(TextField.class).withCaption("Find").single().setValue("");
        test($(Button.class).withText("Mark all confirmed as attended").single()).click();
        assertThat(test(grid).getRow(1).certificateNumber()).startsWith("CE-");
    }

    @Test
    @WithUserDetails("board@example.org")
    void cancellingAnEventAfterAttendanceIsAnExplicitChoiceInTheEditor() {
        EventFixtures fixtures = new EventFixtures(events, roles);
        long eventId = fixtures.publish(EventFixtures.training("Called off " + EventFixtures.tag(), 5, null));
        long registration = roles.as("member@example.org", Role.MEMBER,
                () -> registrations.register(eventId, List.of())).getFirst().registrationId();
        clock.set(fixtures.startOf(eventId));
        attendance.mark(registration, org.collegium.events.domain.RegistrationStatus.ATTENDED);

        navigate("events/edit/" + eventId, EventEditorView.class);
        test($(Button.class).withText("Cancel event").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("1 person has already attended: their CE hours are withdrawn "
                + "and their certificates voided.");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Cancel and withdraw CE");
        test(confirm).confirm();
        assertThat(events.load(eventId).status().name()).isEqualTo("CANCELLED");
        assertThat($(Button.class).withText("Cancel event").all()).as("no second cancel").isEmpty();

        navigate("events/check-in/" + eventId, CheckInView.class);
        assertThat($(Paragraph.class).withClassName("attendance-closed").single().getText())
                .isEqualTo("This event was cancelled: attendance cannot be recorded.");
        assertThat($(Button.class).withText("Mark all confirmed as attended").single().isEnabled()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void aVisitorSeesUpcomingEventsAndRegistersWithoutSigningIn() {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Public "
                + EventFixtures.tag(), 5, null));
        navigate(UpcomingEventsView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).all())
                .anyMatch(h -> h.getElement().getTextRecursively().startsWith("Public ")); // under the page's H1

        navigate("event/" + eventId, EventPageView.class);
        test($(Button.class).withText("Register").single()).click();
        assertThat($(TextField.class).withCaption("First name").single().isInvalid()).isTrue();
        assertThat(OpenNotifications.texts($(Notification.class).all())).containsExactly("Please correct the marked fields.");
        $(TextField.class).withCaption("First name").single().setValue("Vera");
        $(TextField.class).withCaption("Last name").single().setValue("Visitor");
        String email = "vera-" + EventFixtures.tag() + "@example.org";
        $(EmailField.class).single().setValue(email);
        assertThat($(Anchor.class).all()).as("sign-in offered to everyone, whatever the address")
                .anyMatch(a -> a.getText().equals("Sign in to register at the member price"));
        test($(Button.class).withText("Register").single()).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals("We've emailed a link to " + email
                + "; open it within 30 minutes to confirm your place."));
        assertThat(OpenNotifications.texts($(Notification.class).all())).as("the earlier mistakes' message is gone with them").isEmpty();
        assertThat($(TextField.class).withCaption("First name").single().isInvalid()).isFalse();

        String token = EventFixtures.confirmToken(outbox, email);
        navigate("register/confirm/" + token, ConfirmRegistrationView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("a place is held for you until"));
        test($(Button.class).withText("Confirm my place").single()).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Your place at Public ")
                && p.getText().endsWith(" is confirmed. We have emailed you the details."));
        assertThat($(Button.class).withText("Confirm my place").all()).isEmpty();

        navigate("register/confirm/" + token, ConfirmRegistrationView.class); // used: a sentence, not an error
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This link is not valid any more"));
        navigate("register/confirm/nonsense", ConfirmRegistrationView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This link is not valid any more"));
        navigate("register/claim/nonsense", ClaimSeatView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This link is not valid any more"));
    }

    @Test
    @WithAnonymousUser
    void anExpiredLinkOnAFullEventSaysSoAndLeadsToTheWaitlist() {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Expired "
                + EventFixtures.tag(), 1, null));
        String email = "late-" + EventFixtures.tag() + "@example.org";
        registrations.registerGuest(eventId, new RegistrationService.Guest("Lee", "Late", email), List.of());
        clock.set(java.time.Instant.now().plus(java.time.Duration.ofMinutes(31)));
        registrations.registerGuest(eventId, new RegistrationService.Guest("Ora", "Other", "other-"
                + EventFixtures.tag() + "@example.org"), List.of());
        navigate("register/confirm/" + EventFixtures.confirmToken(outbox, email), ConfirmRegistrationView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This link has expired")
                && p.getText().contains("is now full, but you can join the waitlist"));
        assertThat($(Anchor.class).withText("Join the waitlist").single().getHref()).isEqualTo("event/" + eventId);
        assertThat($(Button.class).withText("Confirm my place").all()).isEmpty();
    }

    @Test
    @WithUserDetails("facilitator@example.org")
    @SuppressWarnings("unchecked")
    void aMemberClaimsAnOfferedSeatFromMyRegistrations() {
        EventFixtures fixtures = new EventFixtures(events, roles);
        var t = EventFixtures.training("Offered " + EventFixtures.tag(), 1, null);
        long eventId = fixtures.publish(new EventService.EventForm(t.kind(), t.title(), t.description(),
                t.startsAt(), t.endsAt(), t.format(), t.venue(), t.onlineLink(), 1, t.memberPrice(),
                t.nonMemberPrice(), null, null, null, null, 48, t.ceHours(), t.ceType(), null, 0, 24));
        long seated = roles.as("member@example.org", Role.MEMBER, () -> registrations.register(eventId, List.of()))
                .getFirst().registrationId();
        long mine = registrations.register(eventId, List.of()).getFirst().registrationId();
        roles.as("member@example.org", Role.MEMBER, () -> {
            registrations.cancelMine(seated);
            return null;
        });

        navigate(MyRegistrationsView.class);
        Grid<MyRegistration> grid = $(Grid.class).single();
        int row = rowOf(grid, mine);
        Grid.Column<MyRegistration> status = grid.getColumns().stream()
                .filter(c -> "Status".equals(c.getHeaderText())).findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, grid.getColumns().indexOf(status))).startsWith("Seat offered until ");
        Button claim = action(grid, row, 0);
        assertThat(claim.getText()).isEqualTo("Claim");
        assertThat(claim.isVisible()).isTrue();
        test(claim).click();
        int after = rowOf(grid, mine);
        assertThat(test(grid).getRow(after).status().name()).isEqualTo("CONFIRMED");
        assertThat(action(grid, after, 0).isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("board@example.org")
    void theEditorSetsHowAFreedSeatIsGivenOn() {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Rule "
                + EventFixtures.tag(), 5, null));
        navigate("events/edit/" + eventId, EventEditorView.class);
        Checkbox offer = $(Checkbox.class).all().stream().filter(c -> c.getLabel().startsWith("Offer a freed seat"))
                .findFirst().orElseThrow();
        IntegerField hours = $(IntegerField.class).withCaption("Offer lasts (hours)").single();
        assertThat(offer.getValue()).as("automatic by default").isFalse();
        assertThat(hours.isEnabled()).isFalse();
        test(offer).click();
        assertThat(hours.isEnabled()).isTrue();
        hours.setValue(0);
        test($(Button.class).withText("Save").single()).click();
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).contains("between 1 and 336 hours");
        hours.setValue(12);
        test($(Button.class).withText("Save").single()).click();
        assertThat(events.load(eventId).form().offerHours()).isEqualTo(12);
    }

    private int rowOf(Grid<MyRegistration> grid, long registrationId) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == registrationId) {
                return i;
            }
        }
        throw new AssertionError("no row for registration " + registrationId);
    }

    @Test
    @WithUserDetails("facilitator@example.org")
    @SuppressWarnings("unchecked")
    void aMemberRegistersSeesTheirRegistrationAndCancelsIt() {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Mine "
                + EventFixtures.tag(), 5, null));
        navigate("event/" + eventId, EventPageView.class);
        assertThat($(TextField.class).withCaption("First name").all()).isEmpty();
        test($(Button.class).withText("Register").single()).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("confirmed, $120.00 (Member)"));

        navigate(MyRegistrationsView.class);
        Grid<MyRegistration> grid = $(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).eventId() == eventId) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(test(grid).getRow(row).onlineLink()).startsWith("https://meet.example.org/");
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("/ics/feed/"));
        long id = test(grid).getRow(row).id();
        Button cancel = action(grid, row, 1);
        test(cancel).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("You give up your place at Mine ", "next person on the waitlist");
        test(confirm).cancel();
        assertThat(registrations.mine()).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.status().name()).isEqualTo("CONFIRMED"));
        test(cancel).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(registrations.mine()).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.status().name()).isEqualTo("CANCELLED"));
    }

    @Test
    @WithUserDetails("member@example.org")
    @SuppressWarnings("unchecked")
    void aMemberChoosesConferenceSessionsButNotTwoAtTheSameTime() {
        EventFixtures fixtures = new EventFixtures(events, roles);
        var t = EventFixtures.training("Sessions " + EventFixtures.tag(), 100, null);
        long eventId = fixtures.publish(new EventService.EventForm(org.collegium.events.domain.EventKind.CONFERENCE,
                t.title(), null, t.startsAt(), t.endsAt(), t.format(), t.venue(), t.onlineLink(), 100,
                t.memberPrice(), t.nonMemberPrice(), null, null, null, null, 48, t.ceHours(), t.ceType(), null, 0));
        fixtures.addSession(eventId, "Early", 10, 9, 2);
        fixtures.addSession(eventId, "Also early", 10, 10, 2);
        navigate("event/" + eventId, EventPageView.class);
        var sessions = (com.vaadin.flow.component.checkbox.CheckboxGroup<PublicEvents.PublicSession>) $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class).single();
        sessions.setValue(java.util.Set.copyOf(sessions.getListDataView().getItems().toList()));
        test($(Button.class).withText("Register").single()).click();
        assertThat(registrations.mine()).noneMatch(r -> r.eventId() == eventId);

        sessions.setValue(java.util.Set.of(sessions.getListDataView().getItems().filter(s -> s.title().equals(
                "Early")).findFirst().orElseThrow()));
        test($(Button.class).withText("Register").single()).click();
        assertThat(registrations.mine()).filteredOn(r -> r.eventId() == eventId).hasSize(2);
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMemberSeesTheirCeTranscriptWithCertificatesAndTotals() {
        navigate(MyCeView.class);
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).size()).as("the demo's autumn training").isPositive();
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getText().equals("Transcript (PDF)"))
                .anyMatch(a -> a.getText().equals("Transcript (CSV)"));
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Total per type", "Per two-year period");
    }

    /** My registrations' action column (the last): its claim button (0) above its cancel button (1). */
    private Button action(Grid<MyRegistration> grid, int row, int which) {
        return (Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1).getChildren().toList()
                .get(which);
    }
}
