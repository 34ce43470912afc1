package org.collegium.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * axe-core (src/test/resources/axe, 4.14.1, MPL-2.0) run in a Playwright page: the WCAG 2.0/2.1/2.2 A and AA
 * rules and axe's best practices. Shadow roots (Vaadin's components) are inside what axe checks.
 */
final class Axe {

    /** The rule sets checked: WCAG 2 A and AA up to 2.2, and best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private static String script;

    private Axe() {
    }

    /**
     * One rule a page breaks, with the elements that break it (axe's CSS selectors, shadow paths joined by " >> ",
     * each followed by the start of the element's HTML and axe's summary, so that a failure says what to mend).
     */
    record Violation(String impact, String id, String help, List<String> targets) {

        boolean blocking() {
            return "critical".equals(impact) || "serious".equals(impact) || "moderate".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + String.join(", ", targets);
        }
    }

    /**
     * Left out of the check: Vaadin's connection indicator, the framework's own element at the end of the body
     * (a loading bar, and "connection lost" words in a live region), which no page can place in a landmark.
     */
    static final List<String> EXCLUDED = List.of("vaadin-connection-indicator");

    /** axe's violations on the page as it is now (axe is added to the page first if it is not there yet). */
    static List<Violation> run(Page page) {
        start(page);
        return collect(page);
    }

    /**
     * Starts axe on the page as it is now and returns at once: the check runs in the page's own renderer while
     * the test drives another page; {@link #collect} waits for its violations. Nothing may change the page between.
     */
    static void start(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        }
        page.evaluate("([tags, excluded]) => {"
                + "  const EXCLUDED = excluded.map(s => [s]);"
                + "  window.__axeViolations = axe.run({exclude: EXCLUDED}, {runOnly: {type: 'tag', values: tags},"
                + "    resultTypes: ['violations']}).then(r => r.violations.map(v => ({impact: v.impact || 'minor',"
                + "    id: v.id, help: v.help, targets: v.nodes.map(n => n.target.map(t => Array.isArray(t)"
                + "      ? t.join(' >> ') : String(t)).join(' >> ') + ' ' + (n.html || '').slice(0, 200) + ' | '"
                + "      + (n.failureSummary || '').replace(/\\s+/g, ' '))})));"
                + "  return true;"
                + "}", List.of(TAGS, EXCLUDED));
    }

    /** The violations of the check {@link #start} began on the page, once it has finished. */
    @SuppressWarnings("unchecked")
    static List<Violation> collect(Page page) {
        Object result = page.evaluate("() => { const r = window.__axeViolations; delete window.__axeViolations;"
                + " return r; }");
        List<Violation> violations = new ArrayList<>();
        for (Object each : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) each;
            violations.add(new Violation(String.valueOf(v.get("impact")), String.valueOf(v.get("id")),
                    String.valueOf(v.get("help")), ((List<Object>) v.get("targets")).stream()
                            .map(String::valueOf).toList()));
        }
        return violations;
    }

    /** Counts of the violations per impact, as "critical=N serious=N moderate=N minor=N". */
    static String counts(List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        for (String impact : List.of("critical", "serious", "moderate", "minor")) {
            long n = violations.stream().filter(v -> v.impact().equals(impact)).count();
            out.append(out.isEmpty() ? "" : " ").append(impact).append('=').append(n);
        }
        return out.toString();
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = Objects.requireNonNull(Axe.class.getResourceAsStream("/axe/axe.min.js"),
                    "src/test/resources/axe/axe.min.js")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
