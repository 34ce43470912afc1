package org.collegium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.groups.service.DemoGroups;
import org.collegium.support.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page each demo persona may open (the roles of RouteMatrixTest: administrator, board, member, affiliate
 * administrator, facilitator, and a visitor), checked by axe-core for WCAG 2.2 A/AA and best practices: one line
 * {@code AXE <persona> /<route> critical=N serious=N moderate=N minor=N} per page, and no critical, serious or
 * moderate violation anywhere. Then the member-facing pages on a 390 px phone: no sideways panning, and a
 * screenshot of each in target/screenshots/phone-*.png. Pages naming a record open the demo's own: a member and a
 * published event of the Carolinas society (which the affiliate administrator runs), the Tuesday group (which
 * the facilitator runs).
 */
@Tag(Portal.IN_PROCESS)
@Tag("audit") // not yet passing: run with ./mvnw -Paudit verify (see README, Tests)
class AccessibilityJourneyTest extends BrowserJourney {

    enum Persona {
        ADMIN("admin@example.org"), BOARD("board@example.org"), MEMBER("member@example.org"),
        AFFILIATE_ADMIN("affiliate@example.org"), FACILITATOR("facilitator@example.org"), ANONYMOUS(null);

        final String email;

        Persona(String email) {
            this.email = email;
        }
    }

    private static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Persona.ANONYMOUS));
    private static final Set<Persona> VISITOR = EnumSet.of(Persona.ANONYMOUS);
    private static final Set<Persona> ADMINS = EnumSet.of(Persona.ADMIN);
    private static final Set<Persona> BOARD = EnumSet.of(Persona.ADMIN, Persona.BOARD);
    private static final Set<Persona> EDITORS = EnumSet.of(Persona.ADMIN, Persona.BOARD, Persona.AFFILIATE_ADMIN);
    private static final Set<Persona> MEMBERS = EnumSet.of(Persona.MEMBER, Persona.AFFILIATE_ADMIN,
            Persona.FACILITATOR);
    private static final Set<Persona> GROUP_USERS = EnumSet.of(Persona.ADMIN, Persona.BOARD, Persona.MEMBER,
            Persona.AFFILIATE_ADMIN, Persona.FACILITATOR);
    private static final Set<Persona> MANAGERS = EnumSet.of(Persona.ADMIN, Persona.BOARD, Persona.FACILITATOR);
    /** Public pages: the visitor, and a member (who also reads them signed in). */
    private static final Set<Persona> PUBLIC = EnumSet.of(Persona.ANONYMOUS, Persona.MEMBER);

    /**
     * The pages (RouteMatrixTest.ROWS) and who opens them here; {member}, {event} and {group} are the demo's own
     * records. Public pages are checked as a visitor (sign-in and join take a signed-in person home).
     */
    static final Map<String, Set<Persona>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", SIGNED_IN);
        ROUTES.put("login", VISITOR);
        ROUTES.put("forgot-password", VISITOR);
        ROUTES.put("reset-password", VISITOR);
        ROUTES.put("join", VISITOR);
        ROUTES.put("join/confirm", VISITOR);
        ROUTES.put("register/confirm/abc", VISITOR);
        ROUTES.put("register/claim/abc", VISITOR);
        ROUTES.put("events/upcoming", PUBLIC);
        ROUTES.put("event/{event}", PUBLIC);
        ROUTES.put("account/password", SIGNED_IN);
        ROUTES.put("account/preferences", SIGNED_IN);
        ROUTES.put("admin/accounts", ADMINS);
        ROUTES.put("admin/outbox", ADMINS);
        ROUTES.put("admin/settings", ADMINS);
        ROUTES.put("admin/backups", ADMINS);
        ROUTES.put("audit", BOARD);
        ROUTES.put("affiliates", SIGNED_IN);
        ROUTES.put("members", EDITORS);
        ROUTES.put("members/{member}", EDITORS);
        ROUTES.put("members/new", EDITORS);
        ROUTES.put("members/import", EDITORS);
        ROUTES.put("duplicates", EDITORS);
        ROUTES.put("applications", EDITORS);
        ROUTES.put("membership-types", BOARD);
        ROUTES.put("directory", MEMBERS);
        ROUTES.put("my/profile", MEMBERS);
        ROUTES.put("my/membership", MEMBERS);
        ROUTES.put("my/registrations", MEMBERS);
        ROUTES.put("my/ce", MEMBERS);
        ROUTES.put("my/groups", MEMBERS);
        ROUTES.put("events", EDITORS);
        ROUTES.put("events/edit/{event}", EDITORS);
        ROUTES.put("events/edit/new", EDITORS);
        ROUTES.put("events/check-in/{event}", EDITORS);
        ROUTES.put("groups", GROUP_USERS);
        ROUTES.put("groups/new", BOARD);
        ROUTES.put("groups/{group}", GROUP_USERS);
        ROUTES.put("groups/{group}/manage", MANAGERS);
        for (String report : List.of("", "/membership", "/growth", "/renewals", "/lapsed", "/dues-owed", "/income",
                "/events", "/ce")) {
            ROUTES.put("reports" + report, EDITORS);
        }
        ROUTES.put("reports/groups", BOARD);
    }

    /** The member-facing pages checked on a phone, and who opens them. */
    static final Map<String, Persona> PHONE = new LinkedHashMap<>();

    static {
        PHONE.put("", Persona.MEMBER);
        for (String mine : List.of("profile", "membership", "registrations", "ce", "groups")) {
            PHONE.put("my/" + mine, Persona.MEMBER);
        }
        PHONE.put("events/upcoming", Persona.MEMBER);
        PHONE.put("event/{event}", Persona.MEMBER);
        PHONE.put("groups", Persona.MEMBER);
        PHONE.put("groups/{group}", Persona.MEMBER);
        PHONE.put("join", Persona.ANONYMOUS);
        PHONE.put("members/{member}", Persona.BOARD);
    }

    static Map<String, String> ids;

    @BeforeAll
    static void demoRecords() {
        JdbcTemplate jdbc = Portal.bean(JdbcTemplate.class);
        long cgps = Portal.bean(DemoData.class).affiliateId("CGPS");
        ids = Map.of(
                "{member}", String.valueOf(jdbc.queryForObject("SELECT MIN(id) FROM member WHERE affiliate_id = ? "
                        + "AND email LIKE '%.%.%@example.org'", Long.class, cgps)),
                "{event}", String.valueOf(jdbc.queryForObject("SELECT MIN(id) FROM event WHERE affiliate_id = ? "
                        + "AND status = 'PUBLISHED'", Long.class, cgps)),
                "{group}", String.valueOf(jdbc.queryForObject("SELECT id FROM peer_group WHERE name = ?", Long.class,
                        DemoGroups.TUESDAY_GROUP)));
    }

    static String address(String route) {
        String address = route;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            address = address.replace(id.getKey(), id.getValue());
        }
        return "/" + address;
    }

    @Test
    void everyPageEachPersonaOpensPassesAxe() {
        List<String> failures = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            Page page = persona.email == null ? browser.newPage() : signedIn(persona.email);
            try {
                for (Map.Entry<String, Set<Persona>> route : ROUTES.entrySet()) {
                    if (!route.getValue().contains(persona)) {
                        continue;
                    }
                    String address = address(route.getKey());
                    page.navigate(url(address));
                    Pages.settle(page);
                    String landed = page.url().substring(Portal.baseUrl().length());
                    List<Axe.Violation> violations = Axe.run(page);
                    String line = "AXE " + persona.name().toLowerCase() + " " + address + " " + Axe.counts(violations)
                            + (landed.replaceAll("\\?.*", "").equals(address) ? "" : " (landed on " + landed + ")")
                            + (Pages.notFound(page) ? " (NOT FOUND)" : "");
                    summary.add(line);
                    System.out.println(line);
                    for (Axe.Violation v : violations) {
                        System.out.println("    " + v);
                        if (v.blocking()) {
                            failures.add(persona.name().toLowerCase() + " " + address + ": " + v);
                        }
                    }
                    if (Pages.notFound(page) || !landed.replaceAll("\\?.*", "").equals(address)) {
                        failures.add(persona.name().toLowerCase() + " " + address + ": did not open (landed on "
                                + landed + ")");
                    }
                }
            } finally {
                page.context().close();
            }
        }
        System.out.println("AXE SUMMARY\n" + String.join("\n", summary));
        assertThat(failures).as("critical, serious and moderate axe violations (WCAG 2.2 A/AA, best practices)")
                .isEmpty();
    }

    @Test
    void memberPagesFitAPhoneWithoutSidewaysPanning() {
        List<String> failures = new ArrayList<>();
        Map<Persona, Page> pages = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Persona> route : PHONE.entrySet()) {
                Page page = pages.computeIfAbsent(route.getValue(), this::phone);
                String address = address(route.getKey());
                page.navigate(url(address));
                Pages.settle(page);
                Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
                String name = route.getKey().isEmpty() ? "home" : route.getKey().replaceAll("[{}]", "")
                        .replace('/', '-');
                BrowserSession.screenshot(page, "phone-" + name);
                String wide = (String) page.evaluate("() => { const w = window.innerWidth; return [...document"
                        + ".querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className"
                        + " && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                        + " + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)').join(', '); }");
                String line = "PHONE " + route.getValue().name().toLowerCase() + " " + address + " scrollWidth="
                        + scrollWidth + " innerWidth=" + innerWidth + (wide.isEmpty() ? "" : " wider: " + wide);
                System.out.println(line);
                if (scrollWidth.intValue() > innerWidth.intValue() + 1) {
                    failures.add(line);
                }
            }
        } finally {
            pages.values().forEach(p -> p.context().close());
        }
        assertThat(failures).as("member-facing pages that pan sideways at 390 px").isEmpty();
    }

    /** A page in a 390 x 844 phone viewport, signed in as the persona (or not). */
    private Page phone(Persona persona) {
        Page page = browser.newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(1));
        if (persona.email != null) {
            page.navigate(url("/login"));
            BrowserSession.signIn(page, persona.email, DemoAccounts.PASSWORD);
            page.waitForURL(BrowserSession.home(Portal.baseUrl()));
        }
        return page;
    }
}
