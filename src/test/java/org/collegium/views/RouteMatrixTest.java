package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.accounts.ui.LoginView;
import org.collegium.base.ui.ErrorView;
import org.collegium.base.ui.NotFoundView;
import org.collegium.dashboard.ui.DashboardView;
import org.collegium.groups.service.DemoGroups;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every page of the portal (found by scanning for {@code @Route}, so a new page without a row here fails) opened
 * by every demo role and by an anonymous visitor, and, for the pages whose address names a record, with an id in
 * the role's scope, one outside it, a missing one, a merged-away member and malformed ids. Each cell must be what
 * the roles matrix in docs/design.md says: the page opens, or the one not-found page (404, the same whichever
 * reason), or sign-in for a visitor on a signed-in page; and no cell shows a stack trace, an exception's name or
 * Vaadin's list of routes. The whole matrix is printed in the test's output.
 */
@IntegrationTest
class RouteMatrixTest extends SpringBrowserlessTest {

    /** Who opens the pages: the demo accounts (with the roles they really have) and a visitor. */
    enum Persona {
        ADMIN("admin@example.org"),
        BOARD("board@example.org"),
        OFFICER("officer@example.org"),
        AFFILIATE_ADMIN("affiliate@example.org"), // also a member, of the Carolinas society it runs
        FACILITATOR("facilitator@example.org"), // also a member; facilitates the Tuesday group
        MEMBER("member@example.org"),
        AFFILIATE_ONLY(DemoAccounts.AFFILIATE_ONLY), // runs the Carolinas society and is not a member
        FACILITATOR_ONLY(DemoAccounts.FACILITATOR_ONLY), // co-facilitates the supervision circle, not a member
        ANONYMOUS(null);

        final String email;

        Persona(String email) {
            this.email = email;
        }
    }

    /** What a cell shows. */
    enum Outcome {
        OPEN("open"), NOT_FOUND("404"), SIGN_IN("sign-in"), HOME("home"), ERROR("ERROR");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** The kind of record a page's address names; the fixtures have an id of each in and out of scope. */
    enum Kind { NONE, MEMBER, GROUP, EVENT, LISTING }

    /** How an address's id relates to the persona: the "own" and "foreign" ids are seen from the scoped roles. */
    enum Case {
        PLAIN(""), OWN("own"), FOREIGN("foreign"), NEW("new"), MISSING("missing"), MERGED("merged away"),
        MALFORMED_WORD("abc"), MALFORMED_NEGATIVE("-1"), MALFORMED_DECIMAL("1.5"),
        MALFORMED_HUGE("99999999999999999999"), MALFORMED_NUL("%00"), MALFORMED_LONG("very long");

        final String label;

        Case(String label) {
            this.label = label;
        }

        boolean malformed() {
            return name().startsWith("MALFORMED");
        }
    }

    private static final Set<Persona> EVERYONE_SIGNED_IN = EnumSet.complementOf(EnumSet.of(Persona.ANONYMOUS));
    /** The MEMBER role: members, and the demo's facilitator and affiliate administrator, who are members too. */
    private static final Set<Persona> MEMBERS = EnumSet.of(Persona.AFFILIATE_ADMIN, Persona.FACILITATOR,
            Persona.MEMBER);
    private static final Set<Persona> ADMINS = EnumSet.of(Persona.ADMIN);
    private static final Set<Persona> BOARD_AND_ADMINS = EnumSet.of(Persona.ADMIN, Persona.BOARD);
    private static final Set<Persona> SOCIETY_READERS = EnumSet.of(Persona.ADMIN, Persona.BOARD, Persona.OFFICER);
    private static final Set<Persona> AFFILIATE_ADMINS = EnumSet.of(Persona.AFFILIATE_ADMIN, Persona.AFFILIATE_ONLY);
    private static final Set<Persona> RECORD_READERS = union(SOCIETY_READERS, AFFILIATE_ADMINS);
    private static final Set<Persona> RECORD_EDITORS = union(BOARD_AND_ADMINS, AFFILIATE_ADMINS);
    /** Who writes communications: the record editors and facilitators (each within their scope). */
    private static final Set<Persona> SENDERS = union(RECORD_EDITORS, EnumSet.of(Persona.FACILITATOR,
            Persona.FACILITATOR_ONLY));
    /** Members use groups; the facilitator-only account too, for the groups it runs. */
    private static final Set<Persona> GROUP_USERS = union(union(BOARD_AND_ADMINS, MEMBERS),
            EnumSet.of(Persona.FACILITATOR_ONLY));

    /**
     * The expectation table: one row per page, keyed by its address ({@code {name}} for a parameter). A page
     * without a record opens for {@code opens} (public pages also for the visitor); a page naming a record opens
     * its in-scope record for {@code opens} and the out-of-scope one for {@code opensForeign}. Everything else
     * answers not found, or sign-in for a visitor on a signed-in page.
     */
    record Row(String template, Kind kind, boolean isPublic, Set<Persona> opens, Set<Persona> opensForeign,
            Set<Persona> opensNew, String sample) {

        static Row page(String template, Set<Persona> opens) {
            return new Row(template, Kind.NONE, false, opens, opens, null, null);
        }

        static Row publicPage(String template) {
            return new Row(template, Kind.NONE, true, EVERYONE_SIGNED_IN, EVERYONE_SIGNED_IN, null, null);
        }

        /** A page whose address names a record of this kind. */
        static Row record(String template, Kind kind, Set<Persona> opensOwn, Set<Persona> opensForeign) {
            return new Row(template, kind, false, opensOwn, opensForeign, null, null);
        }

        static Row publicRecord(String template, Kind kind) {
            return new Row(template, kind, true, EVERYONE_SIGNED_IN, EVERYONE_SIGNED_IN, null, null);
        }

        /** A page with a parameter that is not a record id (e.g. a token): opened with one sample value. */
        static Row sample(String template, String address, boolean isPublic, Set<Persona> opens) {
            return new Row(template, Kind.NONE, isPublic, opens, opens, null, address);
        }

        /** The page also takes the word "new" for a blank form, which opens for these. */
        Row orNew(Set<Persona> who) {
            return new Row(template, kind, isPublic, opens, opensForeign, who, sample);
        }
    }

    static final List<Row> ROWS = List.of(
            Row.page("", EVERYONE_SIGNED_IN),
            Row.publicPage("login"),
            Row.publicPage("forgot-password"),
            Row.publicPage("reset-password"),
            Row.publicPage("join"),
            Row.publicPage("join/confirm"),
            // emailed links: an unknown token reads the same plain sentence for everyone
            Row.sample("register/confirm/{parameter}", "register/confirm/abc", true, EVERYONE_SIGNED_IN),
            Row.sample("register/claim/{parameter}", "register/claim/abc", true, EVERYONE_SIGNED_IN),
            Row.publicPage("events/upcoming"),
            Row.publicRecord("event/{parameter}", Kind.EVENT),
            Row.page("account/password", EVERYONE_SIGNED_IN),
            Row.page("account/preferences", EVERYONE_SIGNED_IN),
            Row.page("admin/accounts", ADMINS),
            Row.page("admin/outbox", ADMINS),
            Row.page("admin/email-templates", ADMINS),
            Row.page("admin/settings", ADMINS),
            Row.page("admin/backups", ADMINS),
            Row.page("audit", SOCIETY_READERS),
            Row.page("affiliates", EVERYONE_SIGNED_IN),
            Row.page("members", RECORD_READERS),
            // any member for the society's readers; an affiliate administrator only their own society's
            Row.record("members/{parameter}", Kind.MEMBER, RECORD_READERS, SOCIETY_READERS).orNew(RECORD_EDITORS),
            Row.page("members/import", RECORD_EDITORS),
            Row.page("duplicates", RECORD_EDITORS),
            Row.page("applications", RECORD_EDITORS),
            Row.page("membership-types", BOARD_AND_ADMINS),
            Row.page("directory", MEMBERS),
            Row.page("my/profile", MEMBERS),
            Row.page("my/membership", MEMBERS),
            Row.page("my/registrations", MEMBERS),
            Row.page("my/ce", MEMBERS),
            Row.page("my/groups", MEMBERS),
            Row.page("events", RECORD_EDITORS),
            // events the role manages: every event for the board and admins, their society's for affiliate admins
            Row.record("events/edit/{parameter}", Kind.EVENT, RECORD_EDITORS, BOARD_AND_ADMINS).orNew(RECORD_EDITORS),
            Row.record("events/check-in/{parameter}", Kind.EVENT, RECORD_EDITORS, BOARD_AND_ADMINS),
            Row.page("groups", GROUP_USERS),
            Row.page("groups/new", BOARD_AND_ADMINS),
            // a group's page is for everyone who uses groups; managing it for its facilitators and the board
            Row.record("groups/{groupId}", Kind.GROUP, GROUP_USERS, GROUP_USERS),
            // the foreign group (from the demo facilitator's side) is the circle the facilitator-only account runs
            Row.record("groups/{groupId}/manage", Kind.GROUP, union(BOARD_AND_ADMINS, EnumSet.of(Persona.FACILITATOR)),
                    union(BOARD_AND_ADMINS, EnumSet.of(Persona.FACILITATOR_ONLY))),
            Row.page("reports", RECORD_READERS),
            Row.page("reports/membership", RECORD_READERS),
            Row.page("reports/growth", RECORD_READERS),
            Row.page("reports/renewals", RECORD_READERS),
            Row.page("reports/lapsed", RECORD_READERS),
            Row.page("reports/dues-owed", RECORD_READERS),
            Row.page("reports/income", RECORD_READERS),
            Row.page("reports/events", RECORD_READERS),
            Row.page("reports/ce", RECORD_READERS),
            Row.page("reports/groups", SOCIETY_READERS),
            // Find a group: the public search and each published listing; a member's own; the board's review
            Row.publicPage("find-a-group"),
            Row.publicRecord("find-a-group/{parameter}", Kind.LISTING),
            Row.page("my/listings", MEMBERS),
            Row.page("listings", BOARD_AND_ADMINS),
            Row.page("my/credentials", MEMBERS),
            Row.page("admin/credential-profiles", ADMINS),
            Row.page("reports/credentials-shortfall", RECORD_READERS),
            // external CE and supervision hours (issue 16): a member's own; the board's review of external CE
            Row.page("my/external-ce", MEMBERS),
            Row.page("my/supervision", MEMBERS),
            Row.page("external-ce", BOARD_AND_ADMINS),
            // communications (issue 17): senders write within their scope; members choose their optional mail; the
            // emailed unsubscribe link's page is public and a wrong token reads as a plain sentence
            Row.page("communications", SENDERS),
            Row.sample("communications/{parameter}", "communications/new", false, SENDERS),
            Row.page("my/mail", MEMBERS),
            Row.sample("unsubscribe/confirm/{parameter}", "unsubscribe/confirm/abc", true, EVERYONE_SIGNED_IN),
            // issue 16 (h-evaluations): an event's evaluation form and summary, for those who manage the event; a
            // member's own evaluations; the sponsor's statements per CE type, for administrators
            Row.record("events/evaluation/{parameter}", Kind.EVENT, RECORD_EDITORS, BOARD_AND_ADMINS),
            Row.page("my/evaluations", MEMBERS),
            Row.page("admin/sponsor-statements", ADMINS));

    /**
     * Addresses whose query names a record or carries a value the page reads; they open for {@code opens} (and the
     * visitor, for public ones), else answer not found (or sign-in).
     */
    record Probe(String label, String address, boolean isPublic, Set<Persona> opens) {
    }

    private List<Probe> probes(Map<Kind, Map<Case, String>> ids) {
        String ownEvent = ids.get(Kind.EVENT).get(Case.OWN);
        String nationalSession = one("SELECT MIN(s.id) FROM event_session s JOIN event e ON e.id = s.event_id "
                + "WHERE e.affiliate_id IS NULL");
        return List.of(
                // another event's session on an event's check-in: not found even for the board
                new Probe("/events/check-in/{parameter} · own?session=another event's", "events/check-in/"
                        + ownEvent + "?session=" + nationalSession, false, EnumSet.noneOf(Persona.class)),
                new Probe("/events/check-in/{parameter} · own?session=abc", "events/check-in/" + ownEvent
                        + "?session=abc", false, EnumSet.noneOf(Persona.class)),
                // the audit log's filters from the address: an unknown or malformed one filters to nothing
                new Probe("/audit?type=Member&id=abc", "audit?type=Member&id=abc", false, SOCIETY_READERS),
                new Probe("/audit?type=%00", "audit?type=%00", false, SOCIETY_READERS),
                new Probe("/reset-password?token=abc", "reset-password?token=abc", true, EVERYONE_SIGNED_IN));
    }

    /** What a page must never show: a stack trace, an exception's name, Vaadin's page listing the routes. */
    private static final Pattern LEAKS = Pattern.compile(
            "Exception|\\bat (org|com|java|jdk)\\.|Caused by|Could not navigate|[Aa]vailable routes|routes? (are|is) "
                    + "available|NullPointer|StackTrace|\\.java:\\d+");

    /** The not-found page's text in every cell that showed it. */
    private final Set<String> notFoundTexts = new java.util.HashSet<>();

    @Autowired UserDetailsService users;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;
    @Autowired JdbcTemplate jdbc;
    @Autowired DemoData demo;
    @Autowired Roles roles;
    @Autowired MemberService members;
    @Autowired DuplicateService duplicates;

    @AfterEach
    void signOut() {
        strategy().clearContext();
    }

    @Test
    void everyPageHasARowInTheMatrix() {
        Set<String> rows = new TreeSet<>();
        ROWS.forEach(r -> rows.add(r.template()));
        assertThat(rows).as("one row per page").hasSize(ROWS.size());
        assertThat(discoveredTemplates()).as("pages without a row in RouteMatrixTest.ROWS (add one)")
                .isSubsetOf(rows);
        assertThat(rows).as("rows in RouteMatrixTest.ROWS for pages that no longer exist")
                .isSubsetOf(discoveredTemplates());
    }

    @Test
    void everyDemoAccountIsAColumnOfTheMatrix() {
        Set<String> columns = new TreeSet<>();
        for (Persona p : Persona.values()) {
            if (p.email != null) {
                columns.add(p.email);
            }
        }
        assertThat(columns).as("demo accounts without a Persona in RouteMatrixTest (add one, and its cells)")
                .containsAll(DemoAccounts.ACCOUNTS.keySet());
    }

    @Test
    void everyRoleOpensWhatTheMatrixGivesItAndNothingElse() {
        Map<Kind, Map<Case, String>> ids = fixtures();
        List<Probe> probes = probes(ids);
        Map<String, Map<Persona, Outcome>> matrix = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            signIn(persona);
            for (Row row : ROWS) {
                for (Case c : cases(row)) {
                    String address = address(row, c, ids);
                    Outcome seen = open(address, row.template(), wrong, persona);
                    matrix.computeIfAbsent(label(row, c), k -> new EnumMap<>(Persona.class)).put(persona, seen);
                    Set<Outcome> expected = expected(row, c, persona);
                    if (!expected.contains(seen)) {
                        wrong.add(persona + " at /" + shorten(address) + ": " + seen.label + ", expected "
                                + expected.stream().map(o -> o.label).toList());
                    }
                }
            }
            for (Probe probe : probes) {
                Outcome seen = open(probe.address(), "", wrong, persona);
                matrix.computeIfAbsent(probe.label(), k -> new EnumMap<>(Persona.class)).put(persona, seen);
                Outcome expected = persona == Persona.ANONYMOUS ? (probe.isPublic() ? Outcome.OPEN : Outcome.SIGN_IN)
                        : probe.opens().contains(persona) ? Outcome.OPEN : Outcome.NOT_FOUND;
                if (seen != expected) {
                    wrong.add(persona + " at /" + shorten(probe.address()) + ": " + seen.label + ", expected "
                            + expected.label);
                }
            }
        }
        System.out.println(print(matrix));
        assertThat(notFoundTexts).as("the not-found page says the same whatever the reason").hasSize(1);
        assertThat(wrong).as("cells that differ from the roles matrix (docs/design.md)").isEmpty();
    }

    /** Opens the address in a new tab's UI, as that persona; says what it showed. */
    private Outcome open(String address, String template, List<String> wrong, Persona persona) {
        UI ui = UI.getCurrent();
        int status;
        try {
            int query = address.indexOf('?');
            Location location = query < 0 ? new Location(address) : new Location(address.substring(0, query),
                    QueryParameters.fromString(address.substring(query + 1)));
            status = ui.getInternals().getRouter().navigate(ui, location, NavigationTrigger.PROGRAMMATIC);
        } catch (RuntimeException e) {
            wrong.add(persona + " at /" + shorten(address) + ": threw " + e);
            return Outcome.ERROR;
        }
        String text = ui.getElement().getTextRecursively();
        if (LEAKS.matcher(text).find()) {
            wrong.add(persona + " at /" + shorten(address) + " shows: " + shorten(text));
            return Outcome.ERROR;
        }
        Object view = getCurrentView();
        if (view instanceof NotFoundView page) {
            notFoundTexts.add(page.getElement().getTextRecursively());
            if (status != 404) {
                wrong.add(persona + " at /" + shorten(address) + ": the not-found page answered " + status);
            }
            return Outcome.NOT_FOUND;
        }
        if (view instanceof ErrorView || status >= 400) {
            wrong.add(persona + " at /" + shorten(address) + ": " + view.getClass().getSimpleName() + " " + status);
            return Outcome.ERROR;
        }
        if (view instanceof LoginView && !"login".equals(template)) {
            return Outcome.SIGN_IN;
        }
        if (view instanceof DashboardView && !template.isEmpty()) {
            return Outcome.HOME;
        }
        return Outcome.OPEN;
    }

    private static Set<Outcome> expected(Row row, Case c, Persona persona) {
        if (persona == Persona.ANONYMOUS) {
            if (row.isPublic()) {
                return EnumSet.of(c == Case.PLAIN || c == Case.OWN || c == Case.FOREIGN || c == Case.NEW ? Outcome.OPEN
                        : Outcome.NOT_FOUND);
            }
            // a malformed id may fail to match the page's address pattern before sign-in is asked: both say nothing
            return c.malformed() ? EnumSet.of(Outcome.SIGN_IN, Outcome.NOT_FOUND) : EnumSet.of(Outcome.SIGN_IN);
        }
        if ("login".equals(row.template())) {
            return EnumSet.of(Outcome.HOME); // a signed-in person is taken home
        }
        boolean opens = switch (c) {
            case PLAIN, OWN -> row.opens().contains(persona);
            case FOREIGN -> row.opensForeign().contains(persona);
            case NEW -> row.opensNew().contains(persona);
            default -> false;
        };
        return EnumSet.of(opens ? Outcome.OPEN : Outcome.NOT_FOUND);
    }

    private static List<Case> cases(Row row) {
        if (row.kind() == Kind.NONE) {
            return List.of(Case.PLAIN);
        }
        List<Case> all = new ArrayList<>(List.of(Case.values()));
        all.remove(Case.PLAIN);
        if (row.kind() != Kind.MEMBER) {
            all.remove(Case.MERGED); // only members are merged
        }
        if (row.opensNew() == null) {
            all.remove(Case.NEW);
        }
        return all;
    }

    private static String address(Row row, Case c, Map<Kind, Map<Case, String>> ids) {
        if (row.sample() != null) {
            return row.sample();
        }
        if (row.kind() == Kind.NONE) {
            return row.template();
        }
        String id = switch (c) {
            case NEW -> "new";
            case MALFORMED_WORD -> "abc";
            case MALFORMED_NEGATIVE -> "-1";
            case MALFORMED_DECIMAL -> "1.5";
            case MALFORMED_HUGE -> "99999999999999999999";
            case MALFORMED_NUL -> "%00";
            case MALFORMED_LONG -> "7".repeat(3000);
            default -> ids.get(row.kind()).get(c);
        };
        return row.template().replaceFirst("\\{[^}]+}", id);
    }

    /**
     * The ids: in scope means the Carolinas society's (run by both demo affiliate administrators) or the
     * Tuesday group (facilitated by the demo facilitator); out of scope another society's member, a national
     * event, another facilitator's group. A merged-away member is made here.
     */
    private Map<Kind, Map<Case, String>> fixtures() {
        long cgps = demo.affiliateId("CGPS");
        long agps = demo.affiliateId("AGPS");
        Map<Kind, Map<Case, String>> ids = new EnumMap<>(Kind.class);
        ids.put(Kind.MEMBER, Map.of(
                Case.OWN, one("SELECT MIN(id) FROM member WHERE affiliate_id = ? AND email LIKE '%.%.%@example.org'",
                        cgps),
                Case.FOREIGN, one("SELECT MIN(id) FROM member WHERE affiliate_id = ?", agps),
                Case.MISSING, one("SELECT MAX(id) + 1000000 FROM member"),
                Case.MERGED, String.valueOf(mergedAway())));
        ids.put(Kind.EVENT, Map.of(
                Case.OWN, one("SELECT MIN(id) FROM event WHERE affiliate_id = ? AND status = 'PUBLISHED'", cgps),
                Case.FOREIGN, one("SELECT MIN(id) FROM event WHERE affiliate_id IS NULL AND status = 'PUBLISHED'"),
                Case.MISSING, one("SELECT MAX(id) + 1000000 FROM event")));
        ids.put(Kind.GROUP, Map.of(
                Case.OWN, one("SELECT id FROM peer_group WHERE name = ?", DemoGroups.TUESDAY_GROUP),
                Case.FOREIGN, one("SELECT id FROM peer_group WHERE name = ?", DemoGroups.SUPERVISION_GROUP),
                Case.MISSING, one("SELECT MAX(id) + 1000000 FROM peer_group")));
        // both published; a listing waiting for review is not found (ListingsServiceTest)
        ids.put(Kind.LISTING, Map.of(
                Case.OWN, one("SELECT MIN(id) FROM group_listing WHERE status = 'PUBLISHED'"),
                Case.FOREIGN, one("SELECT MAX(id) FROM group_listing WHERE status = 'PUBLISHED'"),
                Case.MISSING, one("SELECT MAX(id) + 1000000 FROM group_listing")));
        return ids;
    }

    private String one(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        assertThat(id).as(sql).isNotNull();
        return String.valueOf(id);
    }

    /** A Carolinas member merged into another: the id that is left behind. */
    private long mergedAway() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return roles.as("board@example.org", Role.BOARD, () -> {
            MemberDetails survivor = create("matrix." + tag + "@example.org", tag);
            MemberDetails merged = create("matrix." + tag + "+2@example.org", tag);
            duplicates.merge(survivor.id(), merged.id());
            return merged.id();
        });
    }

    private MemberDetails create(String email, String tag) {
        return members.create(new MemberForm("Mattie", "Mx" + tag, email, null, null, Discipline.OTHER, null, null,
                null, null, "NC", null, "US", demo.affiliateId("CGPS"), false, false, null, 0));
    }

    /** Signs the persona in (their account's real roles) in a fresh UI, as a new browser tab would be. */
    private void signIn(Persona persona) {
        cleanVaadinEnvironment();
        authenticate(persona, users, strategy());
        initVaadinEnvironment();
    }

    /** Puts the persona's authentication (their account's real roles, or a visitor's) in the security context. */
    static void authenticate(Persona persona, UserDetailsService users, SecurityContextHolderStrategy strategy) {
        var context = strategy.createEmptyContext();
        if (persona.email == null) {
            context.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            UserDetails user = users.loadUserByUsername(persona.email);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities()));
        }
        strategy.setContext(context);
    }

    private SecurityContextHolderStrategy strategy() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The address of every page, as the row keys spell it: {@code :name(regex)} and a URL parameter as {name}. */
    private static Set<String> discoveredTemplates() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        Set<String> found = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.collegium")) {
            Class<?> type = load(candidate.getBeanClassName());
            if (!Component.class.isAssignableFrom(type)) {
                continue;
            }
            String suffix = HasUrlParameter.class.isAssignableFrom(type) ? "/{parameter}" : "";
            Route route = type.getAnnotation(Route.class);
            if (route != null) {
                found.add(key(route.value(), suffix));
            }
            for (RouteAlias alias : type.getAnnotationsByType(RouteAlias.class)) {
                found.add(key(alias.value(), suffix));
            }
        }
        assertThat(found).as("pages found by scanning").hasSizeGreaterThan(40);
        return found;
    }

    private static String key(String path, String suffix) {
        String template = path.replaceAll(":([A-Za-z_]+)(\\([^)]*\\))?[?*]?", "{$1}");
        return template.isEmpty() ? suffix.replaceFirst("^/", "") : template + suffix;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(Row row, Case c) {
        String page = "/" + row.template();
        return c == Case.PLAIN ? page : page + " · " + c.label;
    }

    private static String print(Map<String, Map<Persona, Outcome>> matrix) {
        int width = matrix.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        StringBuilder out = new StringBuilder("\nRoute × role matrix (own/foreign: seen from the affiliate "
                + "administrators' Carolinas society and the facilitator's Tuesday group)\n");
        out.append(String.format("%-" + width + "s", "page · id"));
        for (Persona p : Persona.values()) {
            out.append(String.format("%-16s", p.name().toLowerCase().replace('_', '-')));
        }
        out.append('\n');
        matrix.forEach((page, cells) -> {
            out.append(String.format("%-" + width + "s", page));
            for (Persona p : Persona.values()) {
                out.append(String.format("%-16s", cells.get(p).label));
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    @SafeVarargs
    private static Set<Persona> union(Set<Persona>... sets) {
        EnumSet<Persona> all = EnumSet.noneOf(Persona.class);
        for (Set<Persona> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
