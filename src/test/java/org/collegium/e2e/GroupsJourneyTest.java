package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.groups.service.DemoGroups;
import org.collegium.groups.service.GroupRecords.ManagedSession;
import org.collegium.groups.service.SessionService;
import org.collegium.groups.domain.PeerGroupRepository;
import org.collegium.groups.domain.SessionStatus;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Tuesday evening group in Chromium: member@ asks to join, the facilitator approves and sets this week's link,
 * the member sees the join button before the lock and a kind message instead from the lock on. The portal runs on
 * the tests' movable clock, so "before" and "after" the lock are moments the test chooses (in-process only: a
 * jar's clock cannot be moved); against the jar, a member finds their groups and the society's.
 */
class GroupsJourneyTest extends BrowserJourney {

    @AfterEach
    void resetClock() {
        if (!Portal.isExternal()) {
            Portal.bean(MutableClock.class).reset();
            Portal.bean(Roles.class).clear();
        }
    }

    @Test
    void aMemberSeesTheirGroupsAndOpensOneOfTheSocietys() {
        Page member = signedIn("member@example.org");
        member.navigate(url("/my/groups"));
        assertThat(member.getByText(Pattern.compile("^Group-experience hours: "))).isVisible();
        assertThat(member.getByText(DemoGroups.PARENTS_GROUP).first()).isVisible();
        BrowserSession.screenshot(member, "my-groups");
        member.setViewportSize(1280, 12000); // every group's row drawn, however many other tests added before
        member.navigate(url("/groups"));
        member.getByText(DemoGroups.TUESDAY_GROUP).click();
        member.waitForURL(Pattern.compile(".*/groups/\\d+$"));
        member.setViewportSize(1280, 800);
        assertThat(member.getByText(Pattern.compile("locked to new attendees after the first 10 minutes")))
                .isVisible();
        BrowserSession.screenshot(member, "group-page");
    }

    @Test
    @Tag(Portal.IN_PROCESS)
    void aMemberJoinsTheTuesdayGroupAndMeetsTheLateJoinLock() {
        MutableClock clock = Portal.bean(MutableClock.class);
        Roles roles = Portal.bean(Roles.class);
        PeerGroupRepository groupRepository = Portal.bean(PeerGroupRepository.class);
        SessionService sessions = Portal.bean(SessionService.class);
        roles.actAs("board@example.org", Role.BOARD);
        long tuesday = groupRepository.findByName(DemoGroups.TUESDAY_GROUP).orElseThrow().getId();
        Instant now = Instant.now();
        ManagedSession next = sessions.managedSessions(tuesday).stream()
                .filter(s -> s.startsAt().isAfter(now) && s.status() != SessionStatus.CANCELLED).findFirst()
                .orElseThrow();
        roles.clear();
        // the rest of the day stands still, two hours before this week's session
        clock.set(next.startsAt().minus(Duration.ofHours(2)));

        Page member = signedIn("member@example.org");
        member.setViewportSize(1280, 12000); // every group's row drawn, however many other tests added before
        member.navigate(url("/groups"));
        assertThat(member.getByText(DemoGroups.TUESDAY_GROUP)).isVisible();
        BrowserSession.screenshot(member, "groups-list");
        member.getByText(DemoGroups.TUESDAY_GROUP).click();
        member.waitForURL(Pattern.compile(".*/groups/" + tuesday + "$"));
        member.setViewportSize(1280, 800);
        assertThat(member.getByText(Pattern.compile("locked to new attendees after the first 10 minutes")))
                .isVisible();
        member.getByText("I have read the group's understandings and accept them").click();
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to join")).click();
        assertThat(member.getByText("Your request to join is with the facilitator.")).isVisible();
        BrowserSession.screenshot(member, "group-asked");

        // a facilitator sees names only: the request is approved by the member's name
        String memberName = Portal.bean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select concat(first_name, ' ', last_name) from member where email = 'member@example.org'",
                String.class);
        Page facilitator = signedIn("facilitator@example.org");
        facilitator.navigate(url("/groups/" + tuesday + "/manage"));
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + memberName))
                .click();
        assertThat(facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Approve " + memberName))).hasCount(0);
        facilitator.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Next session's meeting link"))
                .fill("https://meet.example.org/tuesday-e2e");
        facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the link")).click();
        assertThat(facilitator.getByText("Link saved.")).isVisible();
        facilitator.getByText("Coming sessions").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(facilitator, "group-manage");

        // five minutes before the start: the meeting is open to the roster
        clock.set(next.startsAt().minus(Duration.ofMinutes(5)));
        member.reload();
        assertThat(member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join now"))).isVisible();
        assertThat(member.locator("a[href='https://meet.example.org/tuesday-e2e']")).hasCount(0);
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join now")).scrollIntoViewIfNeeded();
        BrowserSession.screenshot(member, "group-open");

        // ten minutes after the start: closed to anyone who has not joined, with a kind word
        clock.set(next.startsAt().plus(Duration.ofMinutes(10)));
        member.reload();
        assertThat(member.getByText(Pattern.compile("closed to new attendees at .* We hope to see you next time\\.")))
                .isVisible();
        assertThat(member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join now"))).hasCount(0);
        assertThat(member.locator("a[href='https://meet.example.org/tuesday-e2e']")).hasCount(0);
        member.getByText("Coming sessions").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(member, "group-locked");
    }
}
