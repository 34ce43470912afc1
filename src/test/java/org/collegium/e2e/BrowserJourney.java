package org.collegium.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every journey test stands on: the {@link Portal} (this JVM's own on a random port, or the one at
 * {@code collegium.e2e.base-url}) and one Chromium for the whole test run, started before the first journey class
 * and closed after the last; each class's pages (each in a browser context of its own) are closed after its last
 * test.
 */
@ExtendWith(BrowserJourney.OneChromium.class)
abstract class BrowserJourney {

    static BrowserSession browser;

    /** The run's Chromium, kept in JUnit's root store (which closes it at the end of the run). */
    static final class OneChromium implements BeforeAllCallback, AfterAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            browser = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(BrowserSession.class, type -> new BrowserSession(), BrowserSession.class);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            browser.closePages();
        }
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
