package org.collegium.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every journey test stands on: the {@link Portal} (this JVM's own on a random port, or the one at
 * {@code collegium.e2e.base-url}) and one Chromium for the test class, started before its first test and closed
 * after its last.
 */
abstract class BrowserJourney {

    static BrowserSession browser;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A new page signed in as this demo login, on the home page. */
    Page signedIn(String email) {
        return browser.signedIn(Portal.baseUrl(), email);
    }

    /** The text field with exactly this label. */
    static Locator field(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    String url(String path) {
        return Portal.baseUrl() + path;
    }
}
