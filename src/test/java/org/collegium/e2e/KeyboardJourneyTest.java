package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.events.EventFixtures;
import org.collegium.events.service.EventService;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.service.GroupService;
import org.collegium.support.DemoData;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows and typing; no mouse): the board signs
 * in and opens a member from the members grid, a member registers for an event, asks to join a group and
 * downloads a CE certificate. Every element the focus stops on must show where the focus is (an outline or a
 * box-shadow): those that do not are listed, and fail the journey at its end. An address is typed only to start
 * a task (like a bookmark); everything on the page is done with keys. The event and the group are made for the
 * journey (in-process), so it can be run again on the same database.
 */
@Tag(Portal.IN_PROCESS)
class KeyboardJourneyTest extends BrowserJourney {

    private static Page member;
    private static Keyboard memberKeys;
    private static final List<String> invisible = new ArrayList<>();

    @AfterAll
    static void noStopWithoutAFocusIndicator() {
        // after every journey of the class; a journey that failed earlier still reports what it saw
        invisible.forEach(f -> System.out.println("KEYS no visible focus: " + f));
        assertThat(invisible).as("elements that take the focus without showing it (outline or box-shadow)")
                .isEmpty();
    }

    /** Signs in on the sign-in page with the keyboard: Tab to the email, type, Tab to the password, Enter. */
    private Keyboard signIn(Page page, String email) {
        Keyboard keys = new Keyboard(page);
        page.navigate(url("/login"));
        Pages.settle(page);
        keys.tabTo("the email field", Keyboard.named("Email"));
        keys.type(email);
        keys.tabTo("the password field", Keyboard.named("Password"));
        keys.type(DemoAccounts.PASSWORD);
        keys.tabTo("the sign-in button", Keyboard.named("Sign in"));
        page.keyboard().press("Enter");
        page.waitForURL(BrowserSession.home(Portal.baseUrl()));
        Pages.settle(page);
        return keys;
    }

    private Keyboard member() {
        if (member == null) {
            member = browser.newPage();
            memberKeys = signIn(member, "member@example.org");
        }
        return memberKeys;
    }

    private static void remember(Keyboard keys, String journey) {
        keys.invisible().forEach(f -> {
            String line = journey + ": " + f;
            if (!invisible.contains(line)) {
                invisible.add(line);
            }
        });
    }

    @Test
    void theBoardFindsAndOpensAMember() {
        JdbcTemplate jdbc = Portal.bean(JdbcTemplate.class);
        long cgps = Portal.bean(DemoData.class).affiliateId("CGPS");
        String last = jdbc.queryForObject("SELECT last_name FROM member WHERE id = (SELECT MIN(id) FROM member "
                + "WHERE affiliate_id = ? AND email LIKE '%.%.%@example.org')", String.class, cgps);
        Page board = browser.newPage();
        Keyboard keys = signIn(board, "board@example.org");
        try {
            // the drawer's link to the members list
            keys.tabTo("the menu's Members link", f -> f.href().endsWith("members") && f.text().equals("Members"));
            board.keyboard().press("Enter");
            board.waitForURL(Pattern.compile(".*/members$"));
            Pages.settle(board);
            keys.tabTo("the search field", Keyboard.named("Search"));
            keys.type(last);
            keys.press("Enter");
            // into the grid: its header row, then the first member it shows
            Keyboard.Focus row = keys.tabTo("the members grid's first row", Keyboard.Focus::gridBodyCell, 30, false);
            assertThat(row.row()).as("the grid shows the member searched for").contains(last);
            BrowserSession.screenshot(board, "keys-members");
            board.keyboard().press("Enter"); // RowOpening: Enter opens the focused row
            board.waitForURL(Pattern.compile(".*/members/\\d+$"), new Page.WaitForURLOptions().setTimeout(10_000));
            Pages.settle(board);
            assertThat(field(board, "Last name")).hasValue(last);
            keys.tabTo("the first field of the member's page", f -> f.tag().equals("input"), 40, false);
            BrowserSession.screenshot(board, "keys-member");
        } finally {
            remember(keys, "board opens a member");
            board.context().close();
        }
    }

    @Test
    void aMemberRegistersForAnEvent() {
        String title = "Keyboard training " + UUID.randomUUID().toString().substring(0, 6);
        long eventId = new EventFixtures(Portal.bean(EventService.class), Portal.bean(Roles.class))
                .publish(EventFixtures.training(title, 5, null));
        Keyboard keys = member();
        try {
            member.navigate(url("/events/upcoming"));
            Pages.settle(member);
            keys.tabTo("the event's link", Keyboard.named(title), 200, false);
            member.keyboard().press("Enter");
            member.waitForURL(Pattern.compile(".*/event/" + eventId + "$"));
            Pages.settle(member);
            keys.tabTo("the Register button", Keyboard.named("Register"));
            member.keyboard().press("Enter");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(member.getByText(Pattern.compile(
                    ": confirmed, \\$120\\.00 \\(Member\\)\\.$"))).isVisible();
            BrowserSession.screenshot(member, "keys-registered");
        } finally {
            remember(keys, "member registers");
        }
    }

    @Test
    void aMemberAsksToJoinAGroup() {
        String name = "Keyboard circle " + UUID.randomUUID().toString().substring(0, 6);
        Roles roles = Portal.bean(Roles.class);
        roles.as("board@example.org", Role.BOARD, () -> Portal.bean(GroupService.class).create(GroupFixtures.form(
                name, DayOfWeek.THURSDAY, LocalTime.of(19, 0), 60, 1, 8, true, LocalDate.now(),
                "facilitator@example.org")));
        Keyboard keys = member();
        try {
            member.navigate(url("/groups"));
            Pages.settle(member);
            Keyboard.Focus cell = keys.tabTo("the groups grid", Keyboard.Focus::gridBodyCell, 40, false);
            for (int i = 0; i < 80 && !cell.row().contains(name); i++) {
                cell = keys.press("ArrowDown");
            }
            assertThat(cell.row()).as("arrows reach the new group's row").contains(name);
            member.keyboard().press("Enter"); // RowOpening
            member.waitForURL(Pattern.compile(".*/groups/\\d+$"), new Page.WaitForURLOptions().setTimeout(10_000));
            Pages.settle(member);
            keys.tabTo("the understandings checkbox", Keyboard.named(
                    "I have read the group's understandings and accept them"));
            keys.press("Space");
            keys.tabTo("the Ask to join button", Keyboard.named("Ask to join"));
            member.keyboard().press("Enter");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(member.getByText(
                    "Your request to join is with the facilitator.")).isVisible();
            BrowserSession.screenshot(member, "keys-group-asked");
        } finally {
            remember(keys, "member asks to join");
        }
    }

    @Test
    void aMemberDownloadsACertificate() throws Exception {
        Keyboard keys = member();
        try {
            member.navigate(url("/my/ce"));
            Pages.settle(member);
            // in the grid: to the first row that has a certificate, then to its PDF cell, Enter to reach the link
            keys.tabTo("the CE grid", Keyboard.Focus::gridBodyCell, 40, false);
            Keyboard.Focus cell = keys.focus();
            for (int i = 0; i < 40 && cell.row().matches("(?s).*CE-\\d{4}-\\d{6}.*") == false; i++) {
                cell = keys.press("ArrowDown");
            }
            assertThat(cell.row()).as("a row with a certificate").containsPattern("CE-\\d{4}-\\d{6}");
            keys.press("End"); // the row's last cell: the PDF link
            Keyboard.Focus link = keys.press("Enter"); // the grid's interaction mode: the focus moves into the cell
            if (!link.label().startsWith("Certificate")) {
                link = keys.tabTo("the certificate link", Keyboard.labelStarts("Certificate"), 10, false);
            }
            Download download = member.waitForDownload(() -> member.keyboard().press("Enter"));
            assertThat(download.suggestedFilename()).matches("certificate-CE-\\d{4}-\\d{6}\\.pdf");
            assertThat(new String(Files.readAllBytes(download.path()), 0, 4)).isEqualTo("%PDF");
            BrowserSession.screenshot(member, "keys-my-ce");
        } finally {
            remember(keys, "member downloads a certificate");
        }
    }
}
