package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A training from start to finish in Chromium: the board publishes it, a member registers from the public
 * page, the board marks attendance, and the member downloads their CE certificate. On the way: the event's
 * .ics and the member's calendar feed are served without a login.
 */
class EventsJourneyTest extends BrowserJourney {

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
}
