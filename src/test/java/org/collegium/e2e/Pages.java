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
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => new Promise(done => {"
                + "  const idle = () => { const f = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + "    if (!f) return false; const c = Object.values(f).filter(x => x && typeof x.isActive === 'function');"
                + "    return c.length > 0 && c.every(x => !x.isActive()) && document.body.innerText.trim().length > 0; };"
                + "  if (!idle()) { done(false); return; }"
                + "  requestAnimationFrame(() => requestAnimationFrame(() => done(idle())));"
                + "})", null, new Page.WaitForFunctionOptions().setPollingInterval(100));
    }

    /** Whether the page is the portal's not-found page. */
    static boolean notFound(Page page) {
        return Boolean.TRUE.equals(page.evaluate("h => document.body.innerText.includes(h)",
                org.collegium.base.ui.NotFoundView.HEADING));
    }
}
