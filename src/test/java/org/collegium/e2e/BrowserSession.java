package org.collegium.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collegium.accounts.service.DemoAccounts;

/**
 * Playwright driving the machine's Chromium (Debian's package, never a downloaded browser). Screenshots go
 * to target/screenshots so a person can look at what the tests saw.
 */
final class BrowserSession implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    /** The console errors of the pages opened since the last {@link #closePages()}. */
    final List<String> consoleErrors = new ArrayList<>();

    BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        // assertions wait as long as actions do: on a busy machine a page can take more than the default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    Page newPage() {
        return newPage(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /** A page in a new context of its own (e.g. a phone's viewport). */
    Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        return page;
    }

    /** A new page signed in as {@code email} (a demo login) to the portal at {@code baseUrl}, on its home page. */
    Page signedIn(String baseUrl, String email) {
        Page page = newPage();
        page.navigate(baseUrl + "/login");
        signIn(page, email, DemoAccounts.PASSWORD);
        page.waitForURL(home(baseUrl));
        return page;
    }

    /** The home page; after a redirect to sign-in Spring Security returns there with "?continue". */
    static Pattern home(String baseUrl) {
        return Pattern.compile(Pattern.quote(baseUrl) + "/(\\?continue)?$");
    }

    /** Fills in and sends the sign-in form on the page (which shows it); waits for nothing. */
    static void signIn(Page page, String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Path.of("target", "screenshots"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Stream.concat(Stream.ofNullable(configured), CANDIDATES.stream()).map(Path::of)
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("End-to-end tests need Chromium: install it with "
                        + "'apt-get install -y chromium' (bash .ci/run does) or set CHROMIUM_PATH."));
    }

    /** Closes every page (and its browser context) opened so far; the browser stays for the next class. */
    void closePages() {
        for (BrowserContext context : contexts) {
            try {
                context.close(); // a journey may have closed it already
            } catch (com.microsoft.playwright.PlaywrightException alreadyGone) {
                // nothing left to close
            }
        }
        contexts.clear();
        consoleErrors.clear();
    }

    /** Whether the browser still answers (a crash or a closed driver ends it). */
    boolean isConnected() {
        return browser.isConnected();
    }

    @Override
    public void close() {
        closePages();
        browser.close();
        playwright.close();
    }
}
