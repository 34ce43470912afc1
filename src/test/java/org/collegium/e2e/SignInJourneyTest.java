package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.base.service.PortalAddress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The running portal in Chromium: sign in, see the dashboard, sign out; wrong passwords read the same and are slowed,
 * never locked; a disabled account's open tab is signed out on its next action. Against the production jar: no
 * development tools, and an unknown or refused address lists no routes.
 */
class SignInJourneyTest extends BrowserJourney {

    @Test
    void theBoardSignsInSeesTheDashboardAndSignsOut() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login$"));
        BrowserSession.screenshot(page, "login");

        BrowserSession.signIn(page, "board@example.org", DemoAccounts.PASSWORD);
        page.waitForURL(home());
        assertThat(page.getByText("Welcome")).isVisible();
        Locator nav = page.locator("vaadin-side-nav");
        assertThat(nav).containsText("Home");
        assertThat(nav).containsText("Members");
        assertThat(nav).not().containsText("User accounts");
        BrowserSession.screenshot(page, "dashboard-board");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(browser.consoleErrors).as("console errors (a CSP violation would show here)")
                .noneMatch(e -> e.contains("Content Security Policy"));
    }

    @Test
    void anAdministratorSeesTheAdministrationViews() {
        Page page = browser.newPage();
        page.navigate(url("/login"));
        BrowserSession.signIn(page, "admin@example.org", DemoAccounts.PASSWORD);
        page.waitForURL(home());
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("User accounts")).click();
        page.waitForURL(Pattern.compile(".*/admin/accounts$"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.getByText("board@example.org")).isVisible();
        BrowserSession.screenshot(page, "accounts-admin");
    }

    @Test
    @Tag(Portal.IN_PROCESS)
    void repeatedWrongPasswordsAllReadTheSame() {
        String email = "e2e-throttle-" + UUID.randomUUID() + "@example.org";
        Portal.bean(AccountBootstrap.class).ensureAccount(email, "Slowed Down", "the-right-password", EnumSet.of(Role.MEMBER));
        Page page = browser.newPage();
        // one address throughout: "localhost" may reach the portal over IPv4 or IPv6, which are two addresses
        String login = Portal.baseUrl().replace("localhost", "127.0.0.1") + "/login";
        for (int attempt = 1; attempt <= 3; attempt++) {
            page.navigate(login); // a fresh page each time, so that waiting for "?error" waits for this post
            BrowserSession.signIn(page, email, "a-wrong-password");
            page.waitForURL(Pattern.compile(".*/login\\?error$"));
            assertThat(page.getByText("Incorrect email or password")).isVisible();
        }
        // the wait that follows (and that it never locks) is proven over HTTP from fixed addresses: SignInHttpTest
        BrowserSession.screenshot(page, "login-failed");
    }

    @Test
    @Tag(Portal.IN_PROCESS)
    void aDisabledAccountsOpenBrowserSessionIsRefusedOnItsNextAction() {
        String email = "e2e-disabled-" + UUID.randomUUID() + "@example.org";
        Portal.bean(AccountBootstrap.class).ensureAccount(email, "Soon Disabled", "the-right-password", EnumSet.of(Role.MEMBER));
        Page page = browser.newPage();
        page.navigate(url("/login"));
        BrowserSession.signIn(page, email, "the-right-password");
        page.waitForURL(home());
        assertThat(page.locator("vaadin-side-nav")).isVisible();

        Administrator.disable(Portal.bean(AccountService.class),
                Portal.provider(SecurityContextHolderStrategy.class), email);

        // the next action of the open tab (a Vaadin UI request) finds its session ended and lands on sign-in
        page.locator("vaadin-side-nav-item").first().click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    @Test
    @Tag(Portal.IN_PROCESS)
    void emailedLinksStartWithTheAddressThePortalRunsOn() {
        assertThat(Portal.bean(PortalAddress.class).baseUrl()).isEqualTo(Portal.baseUrl());
    }

    /**
     * The production jar, and the tests' own portal too: it serves the same pre-compiled production bundle (see
     * pom.xml, test-production-bundle), whose pages cost Chromium about a third less than the development
     * bundle's, which carries Copilot and every component.
     */
    @Test
    void theProductionBuildShowsNoDevelopmentToolsAndListsNoRoutes() {
        Page visitor = browser.newPage();
        visitor.navigate(url("/login"));
        assertThat(visitor.getByLabel("Email")).isVisible();
        assertThat(visitor.locator("vaadin-dev-tools")).hasCount(0);
        assertThat((Boolean) visitor.evaluate("() => performance.getEntriesByType('resource')"
                + ".some(r => r.name.includes('copilot'))")).as("the development bundle's scripts").isFalse();
        assertNoRouteList(visitor, "/no-such-page-" + UUID.randomUUID());

        Page member = signedIn("member@example.org");
        assertThat(member.locator("vaadin-dev-tools")).hasCount(0);
        assertNoRouteList(member, "/no-such-page-" + UUID.randomUUID());
        assertNoRouteList(member, "/admin/accounts"); // refused to a member
        BrowserSession.screenshot(member, "production-refused-route");
    }

    /** In development mode Vaadin answers an unknown or refused address with a list of every route. */
    private void assertNoRouteList(Page page, String path) {
        APIResponse response = page.request().get(url(path));
        assertThat(response.text()).doesNotContain("Available routes").doesNotContain("admin/accounts");
        try {
            page.navigate(url(path));
        } catch (PlaywrightException e) {
            // an error status with an empty body: Chromium shows its own error page instead (checked below too)
            if (!e.getMessage().contains("ERR_HTTP_RESPONSE_CODE_FAILURE")) {
                throw e;
            }
        }
        page.waitForLoadState();
        assertThat(page.locator("body")).not().containsText("Available routes");
        assertThat(page.locator("a[href='admin/accounts'], a[href='members/import']")).hasCount(0);
    }

    private Pattern home() {
        return BrowserSession.home(Portal.baseUrl());
    }
}
