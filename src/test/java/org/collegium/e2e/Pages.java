package org.collegium.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** Waiting for a Vaadin page to be drawn, without fixed sleeps. */
final class Pages {

    private Pages() {
    }

    /**
     * Waits until the page has loaded, Vaadin's client has started and has no request to the server under way
     * (two checks one animation frame apart, so a round trip started by the last answer is caught too).
     */
    static void settle(Page page) {
        settle(page, 0);
    }

    /**
     * As {@link #settle(Page)}, giving up after {@code timeoutMillis} (0: the page's default timeout) with
     * Playwright's TimeoutError.
     */
    static void settle(Page page, double timeoutMillis) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitForIdle(page, timeoutMillis);
                return;
            } catch (com.microsoft.playwright.PlaywrightException e) {
                // a navigation started by the last key or answer replaced the page under the wait: wait again
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("context was destroyed")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Waits (synchronous predicate, polled: a promise would count as "truthy" at once) until Vaadin's clients are idle
     * and the view is drawn: a main landmark with text, the page's level-one heading, and no grid still loading.
     */
    private static void waitForIdle(Page page, double timeoutMillis) {
        page.waitForLoadState(LoadState.LOAD, timeoutMillis > 0
                ? new Page.WaitForLoadStateOptions().setTimeout(timeoutMillis) : null);
        page.waitForFunction("() => {"
                + "  const f = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + "  if (!f) return false;"
                + "  const c = Object.values(f).filter(x => x && typeof x.isActive === 'function');"
                + "  const main = document.querySelector('main');"
                + "  return c.length > 0 && c.every(x => !x.isActive()) && !!main"
                + "    && main.getBoundingClientRect().height > 0 && (main.innerText || '').trim().length > 0"
                + "    && !!document.querySelector('h1')"
                // a grid still fetching its rows draws them a moment later, at their real size
                + "    && [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'));"
                + "}", null, timeoutMillis > 0
                ? new Page.WaitForFunctionOptions().setPollingInterval(100).setTimeout(timeoutMillis)
                : new Page.WaitForFunctionOptions().setPollingInterval(100));
    }

    /**
     * Opens the address (e.g. "/members") inside the running Vaadin application, as a router link would (no page
     * load: what the page injected, such as axe, stays), and waits for it to be drawn; falls back to loading the
     * address if the application does not take the link.
     */
    static void open(Page page, String baseUrl, String address) {
        open(page, baseUrl, address, 0);
    }

    /** As {@link #open(Page, String, String)}, waiting at most {@code timeoutMillis} (0: the default) to settle. */
    static void open(Page page, String baseUrl, String address, double timeoutMillis) {
        if (page.url().startsWith(baseUrl) && Boolean.TRUE.equals(page.evaluate("() => !!(window.Vaadin && "
                + "window.Vaadin.Flow && window.Vaadin.Flow.clients)"))) {
            String before = page.url();
            page.evaluate("href => { const a = document.createElement('a'); a.setAttribute('router-link', '');"
                    + " a.href = href; a.style.display = 'none'; document.body.appendChild(a); a.click(); a.remove(); }",
                    address.substring(1));
            try {
                page.waitForURL(u -> !u.equals(before) || before.equals(baseUrl + address),
                        new Page.WaitForURLOptions().setTimeout(5_000));
                if (page.url().equals(baseUrl + address) || page.url().startsWith(baseUrl + address + "?")) {
                    settle(page, timeoutMillis);
                    return;
                }
            } catch (com.microsoft.playwright.TimeoutError e) {
                // not taken as a router link: load it
            }
        }
        page.navigate(baseUrl + address);
        settle(page, timeoutMillis);
    }

    /** Whether the page is the portal's not-found page. */
    static boolean notFound(Page page) {
        return Boolean.TRUE.equals(page.evaluate("h => document.body.innerText.includes(h)",
                org.collegium.base.ui.NotFoundView.HEADING));
    }
}
