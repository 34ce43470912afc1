package org.collegium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.groups.service.DemoGroups;
import org.collegium.support.DemoData;
import org.collegium.views.RouteMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page of the roles matrix (RouteMatrixTest.ROWS) that each demo persona may open (administrator, board, officer,
 * member, affiliate administrator, facilitator, and a visitor on the public pages), checked by axe-core for WCAG 2.2
 * A/AA and best practices: one line {@code AXE <persona> /<address> critical=N serious=N moderate=N minor=N} per
 * page, and no critical, serious or moderate violation anywhere. Then the member-facing pages on a 390 px phone:
 * no sideways panning, no grid with a column (status, actions) off its edge, and a screenshot of each in
 * target/screenshots/phone. Pages naming a record open the matrix's own sample: a member and a published event
 * of the Carolinas society (which the affiliate administrator runs), the Tuesday group (which the facilitator
 * runs), a published listing. Each persona signs in once; its pages open inside the running application (as a
 * link would), and a page that is not drawn within {@link #SETTLE_MILLIS} is reported by name.
 */
@Tag(Portal.IN_PROCESS)
abstract class AccessibilityJourney extends BrowserJourney {

    /** The journey's personas, by the names of RouteMatrixTest's. */
    enum Persona {
        ADMIN("admin@example.org"), BOARD("board@example.org"), AFFILIATE_ADMIN("affiliate@example.org"),
        OFFICER("officer@example.org"), FACILITATOR("facilitator@example.org"), MEMBER("member@example.org"),
        ANONYMOUS(null);

        final String email;

        Persona(String email) {
            this.email = email;
        }
    }

    /** How long a page may take to be drawn before it is reported as not settling. */
    static final double SETTLE_MILLIS = 20_000;

    /** The public pages a member also reads signed in (the header then offers their own pages). */
    static final Set<String> SIGNED_IN_PUBLIC = Set.of("join", "events/upcoming",
            "event/{parameter}", "find-a-group", "find-a-group/{parameter}");

    /** An address a persona opens, and whether it is the not-found page there. */
    record Visit(Persona persona, String address, boolean notFound) {
    }

    /** The member-facing pages checked on a phone, and who opens them. */
    static final Map<String, Persona> PHONE = new LinkedHashMap<>();

    static {
        PHONE.put("", Persona.MEMBER);
        for (String mine : List.of("profile", "membership", "registrations", "ce", "groups", "listings", "credentials",
                "external-ce", "supervision", "evaluations", "mail")) {
            PHONE.put("my/" + mine, Persona.MEMBER);
        }
        PHONE.put("events/upcoming", Persona.MEMBER);
        PHONE.put("event/{EVENT}", Persona.MEMBER);
        PHONE.put("groups", Persona.MEMBER);
        PHONE.put("groups/{GROUP}", Persona.MEMBER);
        PHONE.put("login", Persona.ANONYMOUS);
        PHONE.put("join", Persona.ANONYMOUS);
        PHONE.put("find-a-group", Persona.ANONYMOUS);
        PHONE.put("find-a-group/{LISTING}", Persona.ANONYMOUS);
        PHONE.put("members/{MEMBER}", Persona.BOARD);
        PHONE.put("admin/email-templates", Persona.ADMIN);
    }

    /** The sample id of each kind of record (RouteMatrixTest's "own" ones). */
    static Map<String, String> ids;

    /** Each persona's signed-in cookies, so that it signs in once for the whole class. */
    static final Map<Persona, String> signedIn = new EnumMap<>(Persona.class);

    @BeforeAll
    static void demoRecords() {
        JdbcTemplate jdbc = Portal.bean(JdbcTemplate.class);
        long cgps = Portal.bean(DemoData.class).affiliateId("CGPS");
        ids = Map.of(
                "MEMBER", one(jdbc, "SELECT MIN(id) FROM member WHERE affiliate_id = ? "
                        + "AND email LIKE '%.%.%@example.org'", cgps),
                "EVENT", one(jdbc, "SELECT MIN(id) FROM event WHERE affiliate_id = ? AND status = 'PUBLISHED'", cgps),
                "GROUP", one(jdbc, "SELECT id FROM peer_group WHERE name = ?", DemoGroups.TUESDAY_GROUP),
                "LISTING", one(jdbc, "SELECT MIN(id) FROM group_listing WHERE status = 'PUBLISHED'"));
    }

    @AfterAll
    static void forgetSignIns() {
        signedIn.clear();
    }

    private static String one(JdbcTemplate jdbc, String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        assertThat(id).as(sql).isNotNull();
        return String.valueOf(id);
    }

    /**
     * What each persona opens: every row of the matrix it may open (a record page with its sample id, and with
     * "new" where the page takes it); the public pages as a visitor, and the member-facing ones as a signed-in
     * member too; and an unknown address, the not-found page, for both.
     */
    /**
     * The personas this class checks: the run's test JVMs take a class each, so the pages are split over two
     * classes of about the same length ({@link AccessibilityJourneyTest}, {@link AccessibilityRolesJourneyTest}).
     */
    abstract Set<Persona> personas();

    List<Visit> visits() {
        List<Visit> visits = new ArrayList<>();
        for (Persona persona : personas()) {
            for (RouteMatrix.Page row : RouteMatrix.pages()) {
                boolean opens = persona == Persona.ANONYMOUS ? row.isPublic()
                        : row.isPublic() ? persona == Persona.MEMBER && SIGNED_IN_PUBLIC.contains(row.template())
                        : row.opens().contains(persona.name());
                if (opens) {
                    visits.add(new Visit(persona, "/" + (row.sample() != null ? row.sample()
                            : row.template().replaceFirst("\\{[^}]+}", String.valueOf(ids.get(row.kind())))), false));
                }
                if (row.opensNew().contains(persona.name())) {
                    visits.add(new Visit(persona, "/" + row.template().replaceFirst("\\{[^}]+}", "new"), false));
                }
            }
            if (persona == Persona.ANONYMOUS || persona == Persona.MEMBER) {
                visits.add(new Visit(persona, "/no-such-page", true));
            }
        }
        // -Daxe.only=<regex> checks only the matching addresses (to reproduce one page's finding quickly)
        String only = System.getProperty("axe.only");
        return only == null ? visits : visits.stream().filter(v -> v.address().matches(only)).toList();
    }

    /** How many pages are checked side by side: axe runs in one page's renderer while the next page opens. */
    static final int LANES = 2;

    /** A sequence of visits driven in one page (a new context at each persona), with the check it has running. */
    private final class Lane {
        final List<Visit> visits = new ArrayList<>();
        int next;
        Persona persona;
        Page page;
        boolean reload;
        Visit pending;
        String landed;
        boolean notFound;
        long opened;
        long drawn;
    }

    @Test
    void everyPageEachPersonaOpensPassesAxe() {
        List<Visit> visits = visits();
        Map<Visit, String> lines = new LinkedHashMap<>();
        visits.forEach(v -> lines.put(v, null));
        List<String> failures = new ArrayList<>();
        Map<Persona, int[]> totals = new EnumMap<>(Persona.class);
        long started = System.nanoTime();
        List<Lane> lanes = lanes(visits);
        try {
            boolean busy = true;
            while (busy) {
                busy = false;
                for (Lane lane : lanes) {
                    if (lane.pending != null) {
                        finish(lane, lines, failures, totals);
                    }
                    if (lane.next < lane.visits.size()) {
                        begin(lane, lines, failures, totals);
                        busy = true;
                    }
                }
            }
        } finally {
            lanes.stream().filter(l -> l.page != null).forEach(l -> l.page.context().close());
        }
        System.out.println("AXE SUMMARY\n" + String.join("\n", lines.values()));
        totals.forEach((persona, t) -> System.out.println("AXE TOTAL " + persona.name().toLowerCase() + " pages=" + t[0]
                + " critical=" + t[1] + " serious=" + t[2] + " moderate=" + t[3] + " minor=" + t[4]));
        System.out.println("AXE TIME " + (System.nanoTime() - started) / 1_000_000 + " ms for " + visits.size()
                + " pages");
        assertThat(failures).as("critical, serious and moderate axe violations (WCAG 2.2 A/AA, best practices), "
                + "and pages that did not open").isEmpty();
    }

    /** The visits in {@link #LANES} lanes of about the same length, each persona's in one lane. */
    private List<Lane> lanes(List<Visit> visits) {
        Map<Persona, List<Visit>> byPersona = new EnumMap<>(Persona.class);
        visits.forEach(v -> byPersona.computeIfAbsent(v.persona(), p -> new ArrayList<>()).add(v));
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            lanes.add(new Lane());
        }
        byPersona.values().stream().sorted((a, b) -> b.size() - a.size()).forEach(mine -> lanes.stream()
                .min((a, b) -> a.visits.size() - b.visits.size()).orElseThrow().visits.addAll(mine));
        return lanes;
    }

    /** Opens the lane's next address (as its persona, signed in once) and starts axe on it. */
    private void begin(Lane lane, Map<Visit, String> lines, List<String> failures, Map<Persona, int[]> totals) {
        Visit visit = lane.visits.get(lane.next++);
        if (visit.persona() != lane.persona) {
            if (lane.page != null) {
                lane.page.context().close();
            }
            lane.persona = visit.persona();
            lane.page = page(visit.persona(), new Browser.NewContextOptions().setViewportSize(1280, 800));
            lane.reload = true;
        }
        Page page = lane.page;
        String who = visit.persona().name().toLowerCase();
        lane.opened = System.nanoTime();
        try {
            if (lane.reload) {
                page.navigate(url(visit.address()));
                Pages.settle(page, SETTLE_MILLIS);
            } else {
                Pages.open(page, Portal.baseUrl(), visit.address(), SETTLE_MILLIS);
            }
            lane.reload = false;
            lane.landed = page.url().substring(Portal.baseUrl().length()).replaceAll("\\?.*", "");
            lane.notFound = Pages.notFound(page);
            if (totals.isEmpty()) {
                axeSeesAKnownFault(page);
            }
            lane.drawn = System.nanoTime();
            Axe.start(page);
            lane.pending = visit;
        } catch (PlaywrightException e) {
            String line = "AXE " + who + " " + visit.address() + " DID NOT SETTLE within "
                    + (int) (SETTLE_MILLIS / 1000) + " s: " + state(page);
            System.out.println(line);
            lines.put(visit, line);
            failures.add(who + " " + visit.address() + ": not drawn within " + (int) (SETTLE_MILLIS / 1000) + " s ("
                    + state(page) + ")");
            lane.reload = true;
        }
    }

    /** Waits for the lane's running check and writes down what it found. */
    private void finish(Lane lane, Map<Visit, String> lines, List<String> failures, Map<Persona, int[]> totals) {
        Visit visit = lane.pending;
        lane.pending = null;
        String who = visit.persona().name().toLowerCase();
        List<Axe.Violation> violations = Axe.collect(lane.page);
        int[] total = totals.computeIfAbsent(visit.persona(), p -> new int[5]);
        total[0]++;
        for (Axe.Violation v : violations) {
            total[1 + List.of("critical", "serious", "moderate", "minor").indexOf(v.impact())]++;
        }
        StringBuilder line = new StringBuilder("AXE " + who + " " + visit.address() + " " + Axe.counts(violations)
                + (lane.landed.equals(visit.address()) ? "" : " (landed on " + lane.landed + ")")
                + (lane.notFound ? " (not found)" : "") + " " + (lane.drawn - lane.opened) / 1_000_000 + "+"
                + (System.nanoTime() - lane.drawn) / 1_000_000 + " ms");
        for (Axe.Violation v : violations) {
            line.append("\n    ").append(v);
            if (v.blocking()) {
                failures.add(who + " " + visit.address() + ": " + v);
            }
        }
        System.out.println(line);
        lines.put(visit, line.toString());
        if (lane.notFound != visit.notFound() || !lane.landed.equals(visit.address())) {
            failures.add(who + " " + visit.address() + ": " + (lane.notFound ? "not found" : "opened") + " (landed on "
                    + lane.landed + ")");
            lane.reload = true;
        }
    }

    /** The member-facing pages on a 390 px phone (one of the classes runs it). */
    void checkPhoneWidth() {
        List<String> failures = new ArrayList<>();
        Map<Persona, Page> pages = new EnumMap<>(Persona.class);
        Path dir = Path.of("target", "screenshots", "phone");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (Map.Entry<String, Persona> route : PHONE.entrySet()) {
                String address = "/" + route.getKey();
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    address = address.replace("{" + id.getKey() + "}", id.getValue());
                }
                boolean fresh = !pages.containsKey(route.getValue());
                Page page = pages.computeIfAbsent(route.getValue(), p -> page(p, new Browser.NewContextOptions()
                        .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(1)));
                String who = route.getValue().name().toLowerCase();
                try {
                    if (fresh) {
                        page.navigate(url(address));
                        Pages.settle(page, SETTLE_MILLIS);
                    } else {
                        Pages.open(page, Portal.baseUrl(), address, SETTLE_MILLIS);
                    }
                } catch (PlaywrightException e) {
                    failures.add("PHONE " + who + " " + address + ": not drawn within " + (int) (SETTLE_MILLIS / 1000)
                            + " s (" + state(page) + ")");
                    continue;
                }
                String name = route.getKey().isEmpty() ? "home" : route.getKey().replaceAll("[{}]", "").toLowerCase()
                        .replace('/', '-');
                Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
                String wide = (String) page.evaluate(WIDER_THAN_THE_SCREEN);
                String cut = (String) page.evaluate(GRID_COLUMNS_OFF_THE_EDGE);
                screenshot(page, dir.resolve(name + ".png"));
                String line = "PHONE " + who + " " + address + " scrollWidth=" + scrollWidth + " innerWidth="
                        + innerWidth + (wide.isEmpty() ? "" : " wider: " + wide)
                        + (cut.isEmpty() ? "" : " grid columns off its edge: " + cut);
                System.out.println(line);
                if (scrollWidth.intValue() > innerWidth.intValue() + 1 || !cut.isEmpty()) {
                    failures.add(line);
                }
            }
        } finally {
            pages.values().forEach(p -> p.context().close());
        }
        assertThat(failures).as("member-facing pages that pan sideways at 390 px or hide a grid's columns").isEmpty();
    }

    /** A button without a name put in the page for a moment: axe must find it, so that its zeros mean something. */
    private static void axeSeesAKnownFault(Page page) {
        page.evaluate("() => { const b = document.createElement('button'); b.id = 'axe-canary';"
                + " document.querySelector('main').appendChild(b); }");
        List<Axe.Violation> seen = Axe.run(page);
        page.evaluate("() => document.getElementById('axe-canary').remove()");
        assertThat(seen).as("axe finds a button without a name").anyMatch(v -> v.id().equals("button-name")
                && v.targets().stream().anyMatch(t -> t.contains("axe-canary")));
    }

    /** The first elements reaching past the window's right edge. */
    private static final String WIDER_THAN_THE_SCREEN = "() => { const w = window.innerWidth; return [...document"
            + ".querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)"
            + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className"
            + " && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
            + " + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)').join(', '); }";

    /**
     * The header texts of grid columns (a status, the actions) that lie outside their grid's visible width or the
     * window's, so that only scrolling the grid sideways shows them.
     */
    private static final String GRID_COLUMNS_OFF_THE_EDGE = "() => { const w = window.innerWidth; const out = [];"
            + " for (const g of document.querySelectorAll('vaadin-grid')) {"
            + "  if (g.getBoundingClientRect().width === 0 || !g.shadowRoot) continue;"
            + "  g.scrollIntoView({block: 'start'});"
            + "  const r = g.getBoundingClientRect(); const right = Math.min(r.right, w);"
            + "  for (const th of g.shadowRoot.querySelectorAll('#header th')) {"
            + "   const b = th.getBoundingClientRect(); if (b.width === 0) continue;"
            + "   const s = th.querySelector('slot'); const n = s && s.assignedElements()[0];"
            + "   let hidden = b.left < r.left - 1 || b.right > right + 1;"
            + "   if (!hidden) {" // covered by a column frozen to the grid's end?
            + "    const mine = e => e === th || th.contains(e) || (n && (e === n || n.contains(e)));"
            + "    const top = g.shadowRoot.elementsFromPoint(b.left + b.width / 2, b.top + b.height / 2)"
            + "     .find(e => g.contains(e) || g.shadowRoot.contains(e));"
            + "    hidden = !!top && !mine(top); }"
            + "   if (hidden) out.push(((n && n.innerText) || '').trim() || '(no header)'); } }"
            + " return out.join(', '); }";

    /** The height of everything the page shows, its scrolling areas (in shadow roots too) unrolled. */
    private static final String CONTENT_HEIGHT = "() => { let h = document.documentElement.scrollHeight;"
            + " const walk = root => { for (const e of root.querySelectorAll('*')) {"
            + "  if (e.scrollHeight > e.clientHeight + 1) h = Math.max(h, e.getBoundingClientRect().top"
            + "   + e.scrollHeight);"
            + "  if (e.shadowRoot) walk(e.shadowRoot); } };"
            + " walk(document); return Math.min(Math.ceil(h), 6000); }";

    /** A screenshot of the whole page: the viewport made as tall as the content for it, then put back. */
    private static void screenshot(Page page, Path file) {
        var size = page.viewportSize();
        int height = ((Number) page.evaluate(CONTENT_HEIGHT)).intValue();
        if (height > size.height) {
            page.setViewportSize(size.width, height);
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        if (height > size.height) {
            page.setViewportSize(size.width, size.height);
        }
    }

    /** What a page that did not settle shows: its address, title, whether it has a main and an H1, Vaadin busy. */
    private static String state(Page page) {
        try {
            return page.url() + " " + page.evaluate("() => { const f = window.Vaadin && window.Vaadin.Flow"
                    + " && window.Vaadin.Flow.clients; const c = f ? Object.values(f).filter(x => x && typeof"
                    + " x.isActive === 'function') : []; const m = document.querySelector('main');"
                    + " return 'title=' + document.title + ' main=' + !!m + ' mainText=' + (m ? (m.innerText || '')"
                    + ".trim().length : 0) + ' h1=' + !!document.querySelector('h1') + ' vaadinClients=' + c.length"
                    + " + ' busy=' + c.some(x => x.isActive()); }");
        } catch (PlaywrightException e) {
            return page.url() + " (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    /**
     * A page in a new context with these options, signed in as the persona (or not); a persona signs in once, and
     * later contexts start with its cookies.
     */
    private Page page(Persona persona, Browser.NewContextOptions options) {
        if (persona.email == null) {
            return browser.newPage(options);
        }
        String state = signedIn.get(persona);
        if (state != null) {
            return browser.newPage(options.setStorageState(state));
        }
        Page page = browser.newPage(options);
        page.navigate(url("/login"));
        BrowserSession.signIn(page, persona.email, DemoAccounts.PASSWORD);
        page.waitForURL(BrowserSession.home(Portal.baseUrl()));
        signedIn.put(persona, page.context().storageState());
        return page;
    }
}
