package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The members journeys in Chromium: the board keeps a member, a member keeps their profile, a visitor joins. */
class MembersJourneyTest extends BrowserJourney {

    @Test
    void theBoardCreatesFindsAndEditsAMember() {
        String last = "Bion" + UUID.randomUUID().toString().substring(0, 6);
        Page page = signedIn("board@example.org");
        page.navigate(url("/members"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New member")).click();
        page.waitForURL(Pattern.compile(".*/members/new$"));
        field(page, "First name").fill("Wilfred");
        field(page, "Last name").fill(last);
        field(page, "Email").fill(last.toLowerCase() + "@example.org");
        field(page, "ZIP / postal code").fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        // the field's own message (the page may also be reading it out through a live region for a moment)
        assertThat(page.locator("[slot=error-message]").getByText("A US ZIP code has 5 digits")).isVisible();
        field(page, "ZIP / postal code").fill("27514");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL(Pattern.compile(".*/members/\\d+$"));
        BrowserSession.screenshot(page, "member-created");

        page.navigate(url("/members"));
        field(page, "Search").fill(last);
        // the grid keeps rows it has scrolled past in the page, hidden: click the one it shows
        assertThat(page.locator("#member-count")).hasText("1 member");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(last).setVisible(true))
                .first().click();
        page.waitForURL(Pattern.compile(".*/members/\\d+$"));
        field(page, "City").fill("Chapel Hill");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Member saved.")).isVisible();
        page.reload();
        assertThat(field(page, "City")).hasValue("Chapel Hill");
    }

    @Test
    void aVisitorAppliesAndTheBoardApproves() {
        String email = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Page visitor = browser.newPage();
        visitor.navigate(url("/login"));
        visitor.getByText("Not a member yet? Apply to join").click();
        visitor.waitForURL(Pattern.compile(".*/join$"));
        field(visitor, "First name").fill("Vera");
        field(visitor, "Last name").fill("Visitor");
        field(visitor, "Email").fill(email);
        visitor.locator("vaadin-select").click();
        visitor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Counseling")).click();
        visitor.getByText(Pattern.compile("^Clinical — ")).click();
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my application")).click();
        assertThat(visitor.getByText(Pattern.compile("^Thank you!"))).isVisible();
        BrowserSession.screenshot(visitor, "join-sent");

        Page board = signedIn("board@example.org");
        board.navigate(url("/applications"));
        board.getByText(email).click();
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
        assertThat(board.getByText(Pattern.compile("^Approved: Vera Visitor"))).isVisible();

        board.navigate(url("/members"));
        field(board, "Search").fill(email);
        assertThat(board.locator("vaadin-grid-cell-content:text-is('" + email + "')")).isVisible();
        assertThat(board.locator("vaadin-grid-cell-content:text-is('Active'):visible")).hasCount(1);
    }

    @Test
    void aMemberKeepsTheirOwnProfile() {
        Page page = signedIn("member@example.org");
        page.navigate(url("/my/profile"));
        field(page, "Practice").fill("Circle Practice");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my profile")).click();
        assertThat(page.getByText("Your profile is saved.")).isVisible();
        page.reload();
        assertThat(field(page, "Practice")).hasValue("Circle Practice");
        BrowserSession.screenshot(page, "my-profile");
    }
}
