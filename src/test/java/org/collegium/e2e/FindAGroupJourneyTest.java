package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Find a group in Chromium: a member lists a Spanish-language, sliding-scale online group, the board publishes it,
 * and an anonymous visitor finds it by language and cost and writes to the facilitator, whose email the page never
 * shows; the message arrives for the member through the outbox and the visitor is sent an acknowledgement.
 * In-process: the member is made for this run, and the outbox is read from the portal's beans.
 */
@Tag(Portal.IN_PROCESS)
class FindAGroupJourneyTest extends BrowserJourney {

    @Test
    void aMemberListsASpanishSlidingScaleGroupTheBoardPublishesItAndAVisitorWritesToThem() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(Portal.bean(MutableClock.class).withZone(ZoneId.of("America/New_York")));
        Person owner = new GroupFixtures(Portal.bean(MemberRepository.class),
                Portal.bean(MembershipTypeRepository.class), Portal.bean(AccountBootstrap.class),
                Portal.bean(GroupService.class), Portal.bean(Roles.class)).member("Paz", true, today);
        String title = "Grupo de apoyo para cuidadores " + tag;

        // the member lists the group
        Page member = signedIn(owner.email());
        member.navigate(url("/my/listings"));
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("List a group")).click();
        field(member, "Title").fill(title);
        field(member, "Focus").fill("Apoyo para quienes cuidan a un familiar con demencia (" + tag + ").");
        field(member, "Who it is for").fill("Adultos que cuidan a un familiar");
        field(member, "States served online").fill("NY, NJ, FL");
        member.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("English")).uncheck();
        member.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Spanish")).check();
        field(member, "Fee per session (US$)").fill("60.00");
        member.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Sliding scale")).check();
        field(member, "Schedule").fill("Jueves de 6 a 7:30 PM");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and send for review")).click();
        assertThat(member.getByText("Saved. The board will review the listing.")).isVisible();
        assertThat(member.locator("vaadin-grid-cell-content:text-is('Waiting for review')")).isVisible();
        BrowserSession.screenshot(member, "my-listings");

        // the board publishes it
        Page board = signedIn("board@example.org");
        board.navigate(url("/listings"));
        Locator queue = board.locator("vaadin-grid");
        assertThat(queue.locator("vaadin-grid-cell-content").first()).isVisible();
        queue.evaluate("g => g.scrollToIndex(g.size - 1)"); // the newest is last (oldest change first)
        Locator row = board.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
        Locator chosen = board.getByText(title + " · Paz Tester", new Page.GetByTextOptions().setExact(true));
        row.click();
        BrowserSession.screenshot(board, "listings-review-chosen");
        assertThat(chosen).isVisible();
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
        assertThat(board.getByText("Done. The member has been emailed.")).isVisible();
        BrowserSession.screenshot(board, "listings-review");

        // an anonymous visitor finds it by language and by what they can pay
        Page visitor = browser.newPage();
        visitor.navigate(url("/find-a-group"));
        choose(visitor, "Language", "Spanish");
        field(visitor, "Most I can pay per session (US$)").fill("20");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator found = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
        assertThat(found).isVisible();
        BrowserSession.screenshot(visitor, "find-a-group");
        found.click();
        visitor.waitForURL(Pattern.compile(".*/find-a-group/\\d+$"));
        assertThat(visitor.locator("h1")).hasText(title);
        assertThat(visitor).hasTitle(Pattern.compile(literal(title)));
        BrowserSession.screenshot(visitor, "listing-page");
        assertThat(visitor.locator(".contact-warning")).containsText("do not include health details");
        assertThat(visitor.content()).as("the facilitator's email is never on the page").doesNotContain(owner.email());
        String listingUrl = visitor.url();

        String from = "visitante-" + tag + "@example.net";
        field(visitor, "Your name").fill("Valeria Visitante");
        field(visitor, "Your email").fill(from);
        field(visitor, "Message").fill("¿Hay lugar para mi madre en enero?");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        assertThat(visitor.getByText(Pattern.compile("^Thank you\\. Your message is on its way"))).isVisible();
        assertThat(visitor.content()).doesNotContain(owner.email());
        BrowserSession.screenshot(visitor, "listing-enquiry-sent");

        OutboxMessageRepository outbox = Portal.bean(OutboxMessageRepository.class);
        List<OutboxMessage> toMember = outbox.findByRecipientOrderByIdDesc(owner.email()).stream()
                .filter(m -> m.getBody().contains("¿Hay lugar para mi madre en enero?")).toList();
        assertThat(toMember).as("the enquiry arrives for the member").singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains(title);
            assertThat(m.getBody()).contains("Valeria Visitante").contains(from);
        });
        assertThat(outbox.findByRecipientOrderByIdDesc(from)).as("the visitor's acknowledgement").singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains(title).doesNotContain(owner.email()));

        member.navigate(url("/my/listings"));
        assertThat(member.locator("vaadin-grid-cell-content:text-is('Published')")).isVisible();

        // the sitemap names the listing; once its member lapses, page and sitemap entry are gone at once
        String path = listingUrl.substring(listingUrl.indexOf("/find-a-group/"));
        assertThat(visitor.request().get(url("/sitemap.xml")).text()).contains(path + "<");
        JdbcTemplate jdbc = Portal.bean(JdbcTemplate.class);
        jdbc.update("UPDATE member SET status = 'LAPSED' WHERE id = ?", owner.memberId());
        try {
            visitor.navigate(listingUrl);
            assertThat(visitor.getByText("This page is not here")).isVisible();
            assertThat(visitor.request().get(url("/sitemap.xml")).text()).doesNotContain(path + "<");
        } finally {
            jdbc.update("UPDATE member SET status = 'ACTIVE' WHERE id = ?", owner.memberId());
        }

        // the same pages on a phone
        Page phone = browser.newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        phone.navigate(url("/find-a-group"));
        choose(phone, "Language", "Spanish");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertNoSidewaysScroll(phone);
        BrowserSession.screenshot(phone, "find-a-group-phone");
        phone.navigate(listingUrl);
        assertThat(phone.locator("h1")).hasText(title);
        assertNoSidewaysScroll(phone);
        BrowserSession.screenshot(phone, "listing-page-phone");
    }

    /** The text as a regular expression that also reads right in the browser (JavaScript knows no \\Q...\\E). */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** Opens the select with this label and picks the option. */
    private static void choose(Page page, String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.locator("label",
                new Page.LocatorOptions().setHasText(Pattern.compile("^" + literal(label) + "$"))))).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("the page scrolls sideways").isLessThanOrEqualTo(0);
    }
}
