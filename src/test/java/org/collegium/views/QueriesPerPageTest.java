package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.events.EventFixtures;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.service.GroupService;
import org.collegium.listings.domain.Intake;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.service.ListingModeration;
import org.collegium.listings.service.ListingRecords.ListingForm;
import org.collegium.listings.service.ListingService;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.events.service.EventService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.collegium.support.SqlCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Queries per page are bounded: the SQL statements a page sends (counted per thread by {@link SqlCounter}) do not
 * grow with its rows. A grid page is opened afresh and its grids asked for a page of N rows, then of 3N rows
 * (each fetched from the database and every cell rendered); a page of cards is counted, then again after 2N
 * more of what it lists were added. The count must be the same both times.
 */
@IntegrationTest
class QueriesPerPageTest extends SpringBrowserlessTest {

    static final int N = 5;
    /** Pages whose grid always has 3N rows in the test data (the demo's and earlier tests'). */
    static final java.util.Set<String> FILLED = java.util.Set.of("members", "audit", "admin/outbox", "directory",
            "find-a-group");

    @Autowired EventService eventService;
    @Autowired org.collegium.events.service.RegistrationService registrationService;
    @Autowired Roles roles;
    @Autowired ListingService listingService;
    @Autowired ListingModeration moderation;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accountBootstrap;
    @Autowired GroupService groupService;
    @Autowired MutableClock clock;

    @Test
    @WithUserDetails("board@example.org")
    void theBoardsGridPages() {
        for (String route : List.of("members", "events", "audit", "listings", "groups", "applications",
                "duplicates", "membership-types", "affiliates", "external-ce", "communications",
                "reports/credentials-shortfall")) {
            assertBounded(route);
        }
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anAffiliateAdministratorsGridPages() {
        for (String route : List.of("members", "events", "applications")) {
            assertBounded(route);
        }
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void anAdministratorsGridPages() {
        for (String route : List.of("admin/outbox", "admin/accounts", "admin/backups", "audit", "events")) {
            assertBounded(route);
        }
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMembersGridPages() {
        for (String route : List.of("my/registrations", "my/ce", "directory", "my/listings", "groups",
                "my/membership", "my/external-ce", "my/supervision", "my/evaluations",
                "my/credentials")) {
            assertBounded(route);
        }
    }

    /**
     * Find a group with 3N published listings of its own, each from a different member, listed first (their titles
     * sort before every other): a facilitator read per row would show.
     */
    @Test
    @WithUserDetails("member@example.org")
    void findAGroupWithListingsOfDistinctFacilitators() {
        Authentication member = SecurityContextHolder.getContext().getAuthentication();
        GroupFixtures people = new GroupFixtures(memberRepository, types, accountBootstrap, groupService, roles);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        String tag = EventFixtures.tag();
        try {
            for (int i = 0; i < 3 * N; i++) {
                people.actAs(people.member("Owner" + i, true, today));
                long id = listingService.create(new ListingForm("0000 " + tag + " " + i, "Focus " + tag, "Adults",
                        "Interpersonal", ListingFormat.ONLINE, null, null, List.of("NY"), List.of("en"), null, false,
                        true, null, false, false, false, null, "Tuesdays 6 PM", Intake.OPEN, false, 0));
                people.actAsBoard();
                moderation.publish(id, moderation.listing(id).version());
            }
        } finally {
            roles.clear();
            SecurityContextHolder.getContext().setAuthentication(member);
        }
        assertBounded("find-a-group");
    }

    @Test
    @WithUserDetails("board@example.org")
    void theBoardsHomePageAndThePublicEventsPage() {
        assertSameAfterMoreEvents(List.of("", "events/upcoming"));
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anAffiliateAdministratorsHomePage() {
        assertSameAfterMoreEvents(List.of(""));
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMembersHomePage() {
        assertSameAfterMoreEvents(List.of("", "events/upcoming"));
    }

    @Test
    @WithUserDetails("facilitator@example.org")
    void aFacilitatorsHomePage() {
        assertSameAfterMoreEvents(List.of("", "groups"));
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void anOfficersHomePage() {
        assertSameAfterMoreEvents(List.of("", "members", "audit"));
    }

    @Test
    @WithUserDetails("board@example.org")
    void anEventsCheckInAndEditorWithNAnd3NRegistrations() throws Exception {
        EventFixtures fixtures = new EventFixtures(eventService, roles);
        long few = fixtures.publish(EventFixtures.training("Roster of few " + EventFixtures.tag(), 50, null));
        long many = fixtures.publish(EventFixtures.training("Roster of many " + EventFixtures.tag(), 50, null));
        EventFixtures.registerAllAtOnce(registrationService, few, null, N);
        EventFixtures.registerAllAtOnce(registrationService, many, null, 3 * N);
        for (String page : List.of("events/check-in/", "events/edit/")) {
            count(page + few); // warm
            long forFew = count(page + few);
            long forMany = count(page + many);
            System.out.printf("QUERIES %s: %d statements with %d registrations, %d with %d%n", page, forFew, N,
                    forMany, 3 * N);
            assertThat(forMany).as("SQL statements for %s with %d registrations vs %d", page, 3 * N, N)
                    .isEqualTo(forFew);
        }
    }

    /** Opening the route and rendering N rows of each grid sends as many statements as rendering 3N. */
    private void assertBounded(String route) {
        statementsFor(route, N); // warm: the first visit loads what is then kept (settings, translations)
        long few = statementsFor(route, N);
        long more = statementsFor(route, 3 * N);
        System.out.printf("QUERIES %s: %d statements with %d rows, %d with %d rows; grid sizes %s%n", route, few, N,
                more, 3 * N, grids().stream().map(g -> g.getDataCommunicator().getItemCount())
                        .toList());
        if (FILLED.contains(route)) {
            assertThat(grids().getFirst().getDataCommunicator().getItemCount()).as("rows in %s", route)
                    .isGreaterThanOrEqualTo(3 * N);
        }
        assertThat(more).as("SQL statements for %s with %d rows shown vs %d", route, 3 * N, N).isEqualTo(few);
    }

    private long statementsFor(String route, int rows) {
        return SqlCounter.count(() -> {
            UI.getCurrent().navigate(route);
            for (Grid<?> grid : grids()) {
                grid.setPageSize(rows); // the database is asked for a page of this many rows, each rendered
                grid.getDataCommunicator().setViewportRange(0, rows);
            }
            roundTrip();
        });
    }

    @SuppressWarnings("rawtypes")
    private List<Grid<?>> grids() {
        List<Grid<?>> found = new ArrayList<>();
        for (Grid g : $(Grid.class).all()) {
            found.add(g);
        }
        return found;
    }

    /** Each route sends as many statements after 2N more upcoming events were published. */
    private void assertSameAfterMoreEvents(List<String> routes) {
        EventFixtures fixtures = new EventFixtures(eventService, roles);
        publish(fixtures, N);
        List<Long> before = new ArrayList<>();
        for (String route : routes) {
            count(route);
            before.add(count(route));
        }
        publish(fixtures, 2 * N);
        for (int i = 0; i < routes.size(); i++) {
            count(routes.get(i)); // what a page keeps in memory is loaded again after a change
            long after = count(routes.get(i));
            System.out.printf("QUERIES '%s': %d statements, %d after %d more events%n", routes.get(i), before.get(i),
                    after, 2 * N);
            assertThat(after).as("SQL statements for '%s' after %d more events", routes.get(i), 2 * N)
                    .isEqualTo(before.get(i));
        }
    }

    private long count(String route) {
        return SqlCounter.count(() -> {
            UI.getCurrent().navigate(route);
            roundTrip();
        });
    }

    private static void publish(EventFixtures fixtures, int events) {
        for (int i = 0; i < events; i++) {
            fixtures.publish(EventFixtures.training("Counted " + EventFixtures.tag(), 20, null));
        }
    }
}
