package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.events.EventFixtures;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.EventService;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A training from start to finish in Chromium: the board publishes it, a member registers from the public
 * page, the board marks attendance, and the member downloads their CE certificate. On the way: the event's
 * .ics and the member's calendar feed are served without a login.
 */
class EventsJourneyTest extends BrowserJourney {

    // the in-process portal's beans (null against an external portal, where the journeys that need them are left out)
    MutableClock clock;
    Roles roles;
    EventService events;
    AttendanceService attendance;
    OutboxMessageRepository outbox;

    @BeforeEach
    void portalBeans() {
        if (!Portal.isExternal()) {
            clock = Portal.bean(MutableClock.class);
            roles = Portal.bean(Roles.class);
            events = Portal.bean(EventService.class);
            attendance = Portal.bean(AttendanceService.class);
            outbox = Portal.bean(OutboxMessageRepository.class);
        }
    }

    @AfterEach
    void resetClock() {
        if (!Portal.isExternal()) {
            clock.reset();
            roles.clear();
        }
    }

    @Test
    void aMemberRegistersTheBoardMarksAttendanceAndTheMemberDownloadsTheCertificate() throws Exception {
        String title = "Training " + UUID.randomUUID().toString().substring(0, 6);
        Page board = signedIn("board@example.org");
        board.navigate(url("/events"));
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New event")).click();
        board.waitForURL(Pattern.compile(".*/events/edit/new$"));
        field(board, "Title").fill(title);
        field(board, "Venue").fill("Friends Meeting House, Durham");
        board.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Capacity").setExact(true)).fill("2");
        field(board, "CE hours").fill("6");
        field(board, "Member price ($)").fill("120.00");
        field(board, "Non-member price ($)").fill("180.00");
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        board.waitForURL(Pattern.compile(".*/events/edit/\\d+$"));
        Matcher id = Pattern.compile("/events/edit/(\\d+)$").matcher(board.url());
        assertThat(id.find()).isTrue();
        String eventId = id.group(1);
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(board.getByText(Pattern.compile("^Published · 0 of 2 seats taken"))).isVisible();
        BrowserSession.screenshot(board, "event-editor");

        Page visitor = browser.newPage();
        visitor.navigate(url("/events/upcoming"));
        assertThat(visitor.getByText(title)).isVisible();
        BrowserSession.screenshot(visitor, "events-upcoming-public");
        APIResponse ics = visitor.request().get(url("/ics/event/" + eventId + ".ics"));
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.text()).contains("BEGIN:VEVENT").contains(title);

        Page member = signedIn("member@example.org");
        member.navigate(url("/events/upcoming"));
        member.getByText(title).click();
        member.waitForURL(Pattern.compile(".*/event/" + eventId + "$"));
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(member.getByText(Pattern.compile(": confirmed, \\$120\\.00 \\(Member\\)\\.$"))).isVisible();
        BrowserSession.screenshot(member, "event-registered");
        member.navigate(url("/my/registrations"));
        assertThat(member.getByText(title)).isVisible();
        Matcher feed = Pattern.compile("http://\\S+/ics/feed/\\S+\\.ics").matcher(member.content());
        assertThat(feed.find()).as("the feed address is shown").isTrue();
        assertThat(visitor.request().get(feed.group()).text()).contains(title);
        BrowserSession.screenshot(member, "my-registrations");

        if (Portal.isExternal()) {
            return; // a jar's clock cannot be moved to the day of the training: check-in and CE are proven in-process
        }
        clock.set(new EventFixtures(events, roles).startOf(Long.parseLong(eventId))); // the day of the training
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check-in and attendance")).click();
        board.waitForURL(Pattern.compile(".*/events/check-in/" + eventId + "$"));
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attended").setExact(true)).click();
        assertThat(board.getByText("1 of 1 with a place marked attended", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        String number = board.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText(Pattern.compile("^CE-\\d{4}-\\d{6}$"))).first().textContent().strip();
        BrowserSession.screenshot(board, "event-check-in");

        member.navigate(url("/my/ce"));
        assertThat(member.getByText(title)).isVisible();
        Download download = member.waitForDownload(() -> member.getByLabel("Certificate " + number + " as PDF")
                .click());
        assertThat(download.suggestedFilename()).isEqualTo("certificate-" + number + ".pdf");
        assertThat(new String(Files.readAllBytes(download.path()), 0, 4)).isEqualTo("%PDF");
        BrowserSession.screenshot(member, "my-ce");
    }

    /**
     * A training is called off after one registrant was checked in: the board chooses to withdraw the CE, every
     * registrant (confirmed, waitlisted, attended) gets one email, the member's CE and the Events report no longer
     * count it, and the public page says it is cancelled.
     */
    @Test
    @Tag(Portal.IN_PROCESS)
    void cancellingAfterAttendanceTellsEveryRegistrantAndWithdrawsTheCe() throws Exception {
        String title = "Called off " + UUID.randomUUID().toString().substring(0, 6);
        EventFixtures fixtures = new EventFixtures(events, roles);
        long eventId = fixtures.publish(EventFixtures.training(title, 2, null));
        String guest = "guest-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String waiting = "waiting-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

        Page member = signedIn("member@example.org");
        member.navigate(url("/event/" + eventId));
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(member.getByText(Pattern.compile(": confirmed, \\$120\\.00 \\(Member\\)\\.$"))).isVisible();
        Page visitor = browser.newPage();
        registerAsGuest(visitor, eventId, "Gus", guest, "Register");
        openEmailedLink(visitor, guest);
        assertThat(visitor.getByText(Pattern.compile("^Your place at " + title + " is confirmed\\."))).isVisible();
        assertThat(outbox.findByRecipientOrderByIdDesc(guest).getFirst().getBody()).contains("Price: $180.00");
        Page another = browser.newPage();
        registerAsGuest(another, eventId, "Wanda", waiting, "Join the waitlist");
        openEmailedLink(another, waiting);
        assertThat(another.getByText(Pattern.compile("you are on the waitlist, in position 1\\."))).isVisible();

        clock.set(fixtures.startOf(eventId));
        Page board = signedIn("board@example.org");
        board.navigate(url("/events/check-in/" + eventId));
        assertThat(board.getByText("$120.00 · Member")).isVisible();
        assertThat(board.getByText("$180.00 · Non-member")).hasCount(2); // the guest and the waitlisted guest
        roles.as("board@example.org", Role.BOARD, () -> { // checking in through the page: the journey above
            attendance.mark(attendance.roster(eventId, null, "member@example.org").entries().getFirst()
                    .registrationId(), RegistrationStatus.ATTENDED);
            return null;
        });
        member.navigate(url("/my/ce"));
        assertThat(member.getByText(title)).isVisible();

        board.navigate(url("/events/edit/" + eventId));
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel event")).click();
        assertThat(board.getByText(Pattern.compile("1 person has already attended: their CE hours are withdrawn")))
                .isVisible();
        BrowserSession.screenshot(board, "event-cancel-dialog");
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel and withdraw CE")).click();
        assertThat(board.getByText("Cancelled; 3 people were emailed.")).isVisible();

        for (String each : List.of("member@example.org", guest, waiting)) {
            assertThat(outbox.findByRecipientOrderByIdDesc(each)).filteredOn(m -> m.getSubject().equals(
                    "Event cancelled: " + title)).as(each).hasSize(1);
        }
        assertThat(outbox.findByRecipientOrderByIdDesc("member@example.org").getFirst().getBody())
                .containsPattern("certificate CE-\\d{4}-\\d{6} is void");

        board.navigate(url("/events/check-in/" + eventId));
        assertThat(board.getByText("This event was cancelled: attendance cannot be recorded.")).isVisible();
        assertThat(board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attended")
                .setExact(true))).hasCount(0);

        member.navigate(url("/my/ce"));
        assertThat(member.getByText("Total per type")).isVisible(); // the page is drawn: the demo's CE remain
        assertThat(member.getByText(title)).hasCount(0);
        member.navigate(url("/my/registrations"));
        assertThat(member.getByText("Cancelled by the organiser").first()).isVisible();
        BrowserSession.screenshot(member, "my-registrations-cancelled");

        board.navigate(url("/reports/events")); // the report's range is around today: the day of the training
        Download csv = board.waitForDownload(() -> board.locator("#report-csv").click());
        String row = Files.readAllLines(csv.path()).stream().filter(line -> line.contains(title)).findFirst()
                .orElseThrow();
        assertThat(row).as("cancelled, nobody registered, no CE hours").contains(",Cancelled,")
                .matches(".*,0(\\.0+)?$");

        visitor.navigate(url("/event/" + eventId));
        assertThat(visitor.getByText("Cancelled: " + title)).isVisible();
        BrowserSession.screenshot(visitor, "event-cancelled-public");
    }

    private void registerAsGuest(Page page, long eventId, String firstName, String email, String button) {
        page.navigate(url("/event/" + eventId));
        field(page, "First name").fill(firstName);
        field(page, "Last name").fill("Guest");
        field(page, "Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        assertThat(page.getByText("We've emailed a link to " + email + "; open it within 30 minutes to confirm "
                + "your place.")).isVisible();
    }

    /** The guest opens the confirmation link from their email (read from the outbox) and confirms. */
    private void openEmailedLink(Page page, String email) {
        page.navigate(url("/register/confirm/" + EventFixtures.confirmToken(outbox, email)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my place")).click();
    }
}
