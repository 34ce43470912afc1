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
 * {@code collegium.e2e.base-url}) and one Chromium for the whole test JVM, started before its first journey class
 * and closed when the JVM ends; each class's pages (each in a browser context of its own) are closed after its
 * last test.
 */
@ExtendWith(BrowserJourney.OneChromium.class)
abstract class BrowserJourney {

    static BrowserSession browser;

    /**
     * The JVM's Chromium. Not in JUnit's root store: surefire launches each class on its own, so the root store
     * would close it (and Playwright's driver) after every class, and the next class would start both again.
     */
    static final class OneChromium implements BeforeAllCallback, AfterAllCallback {

        private static BrowserSession shared;

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(OneChromium::closeShared, "chromium-close"));
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            browser = shared();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            browser.closePages();
        }

        /** Started on first use (again if a journey lost it), closed at the JVM's exit. */
        private static synchronized BrowserSession shared() {
            if (shared != null && !shared.isConnected()) {
                closeShared();
            }
            if (shared == null) {
                shared = new BrowserSession();
            }
            return shared;
        }

        private static synchronized void closeShared() {
            if (shared != null) {
                try {
                    shared.close();
                } catch (RuntimeException gone) {
                    // the browser or its driver has already gone
                }
                shared = null;
            }
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
