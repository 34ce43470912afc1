package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.AccountService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.collegium.accounts.service.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running portal in Chromium: sign in, see the dashboard, sign out; wrong passwords read the same and are slowed,
 * never locked; a disabled account's open tab is signed out on its next action.
 */
class SignInJourneyTest extends BrowserJourney {

    @Autowired AccountBootstrap accounts;
    @Autowired AccountService accountService;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> securityContext;

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

        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
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
    void repeatedWrongPasswordsAllReadTheSameThenAskToWaitAndNeverLock() {
        String email = "e2e-throttle-" + UUID.randomUUID() + "@example.org";
        accounts.ensureAccount(email, "Slowed Down", "the-right-password", EnumSet.of(Role.MEMBER));
        Page page = browser.newPage();
        // one address throughout: "localhost" may reach the portal over IPv4 or IPv6, which are two addresses
        String login = "http://127.0.0.1:" + port + "/login";
        for (int attempt = 1; attempt <= 3; attempt++) {
            page.navigate(login); // a fresh page each time, so that waiting for "?error" waits for this post
            BrowserSession.signIn(page, email, "a-wrong-password");
            page.waitForURL(Pattern.compile(".*/login\\?error$"));
            assertThat(page.getByText("Incorrect email or password")).isVisible();
        }
        page.navigate(login);
        BrowserSession.signIn(page, email, "the-right-password");
        page.waitForURL(Pattern.compile(".*/login\\?wait=\\d+$"));
        assertThat(page.getByText("Too many sign-in attempts from here")).isVisible();
        BrowserSession.screenshot(page, "login-throttled");

        // the wait is seconds, not a lockout: once it has passed the right password signs in
        com.microsoft.playwright.Page.WaitForURLOptions patient = new Page.WaitForURLOptions().setTimeout(15_000);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            page.navigate(login);
            BrowserSession.signIn(page, email, "the-right-password");
            page.waitForURL(Pattern.compile(".*(/login\\?wait=\\d+|:" + port + "/(\\?continue)?)$"), patient);
            return home().matcher(page.url()).matches();
        });
        assertThat(page.locator("vaadin-side-nav")).isVisible();
    }

    @Test
    void aDisabledAccountsOpenBrowserSessionIsRefusedOnItsNextAction() {
        String email = "e2e-disabled-" + UUID.randomUUID() + "@example.org";
        accounts.ensureAccount(email, "Soon Disabled", "the-right-password", EnumSet.of(Role.MEMBER));
        Page page = browser.newPage();
        page.navigate(url("/login"));
        BrowserSession.signIn(page, email, "the-right-password");
        page.waitForURL(home());
        assertThat(page.locator("vaadin-side-nav")).isVisible();

        Administrator.disable(accountService, securityContext, email);

        // the next action of the open tab (a Vaadin UI request) finds its session ended and lands on sign-in
        page.locator("vaadin-side-nav-item").first().click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    /** The dashboard; after a redirect to sign-in Spring Security returns there with "?continue". */
    private Pattern home() {
        return Pattern.compile(".*:" + port + "/(\\?continue)?$");
    }
}
