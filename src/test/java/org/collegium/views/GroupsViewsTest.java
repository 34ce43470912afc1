package org.collegium.views;

import org.collegium.base.ui.NotFoundView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.service.DemoGroups;
import org.collegium.groups.service.GroupRecords.AttendanceEntry;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupRecords.ManagedSession;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;
import org.collegium.groups.ui.GroupCreateView;
import org.collegium.groups.ui.GroupManageView;
import org.collegium.groups.ui.GroupsView;
import org.collegium.groups.ui.MyGroupsView;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The groups views for a member, a facilitator and the board; the late-join lock as a member meets it. */
@IntegrationTest
class GroupsViewsTest extends SpringBrowserlessTest {

    @Autowired GroupService groups;
    @Autowired RosterService roster;
    @Autowired SessionService sessions;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    private GroupFixtures fixtures;
    private final LocalDate today = LocalDate.of(2026, 10, 20);

    @BeforeEach
    void setUp() {
        fixtures = new GroupFixtures(memberRepository, types, accounts, groups, roles);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    @WithUserDetails("member@example.org")
    @SuppressWarnings("unchecked")
    void aMemberReadsTheGroupsAndTheTuesdayGroupsUnderstandings() {
        navigate(GroupsView.class);
        Grid<GroupSummary> grid = $(Grid.class).single();
        assertThat(grid.getDataProvider().isInMemory()).as("the grid pages in the database").isFalse();
        assertThat(grid.getGenericDataView().getItems().map(GroupSummary::name)).contains(DemoGroups.TUESDAY_GROUP,
                DemoGroups.SUPERVISION_GROUP, DemoGroups.PARENTS_GROUP);
        assertThat($(Button.class).withText("New group").all()).isEmpty();
        GroupSummary tuesday = grid.getGenericDataView().getItems()
                .filter(g -> g.name().equals(DemoGroups.TUESDAY_GROUP)).findFirst().orElseThrow();
        assertThat(tuesday.schedule()).startsWith("Tuesdays 7:30 PM – 8:30 PM");

        UI.getCurrent().navigate("groups/" + tuesday.id());
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText()
                .contains("meetings are locked to new attendees after the first 10 minutes"));
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("cannot be guaranteed"));
        assertThat($(Button.class).withText("Manage this group").all()).isEmpty();
        assertThat($(Button.class).withText("Ask to join").all()).hasSize(1);

        navigate(MyGroupsView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Group-experience hours: ")
                && !p.getText().startsWith("Group-experience hours: 0.0"));
        assertThat($(RouterLink.class).all()).anyMatch(a -> a.getText().equals(DemoGroups.PARENTS_GROUP));
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void aMemberAsksToJoinOnlyAfterAcceptingTheUnderstandings() {
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        Person f = fixtures.facilitator("Viv", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person m = fixtures.member("Vera", true, today);
        fixtures.actAs(m);

        UI.getCurrent().navigate("groups/" + g);
        test($(Button.class).withText("Ask to join").single()).click();
        assertThat(groups.page(g).myStatus()).isNull();
        test($(Checkbox.class).withCaption("I have read the group's understandings and accept them").single())
                .click();
        test($(Button.class).withText("Ask to join").single()).click();
        assertThat(groups.page(g).myStatus()).isEqualTo(GroupMembershipStatus.REQUESTED);
        assertThat($(Button.class).withText("Withdraw my request").all()).hasSize(1);
    }

    @Test
    @WithMockUser(roles = {"MEMBER", "FACILITATOR"})
    void aFacilitatorApprovesSetsTheLinkAndMustGiveAReasonToCancel() {
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        Person f = fixtures.facilitator("Wes", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person m = fixtures.member("Wyn", true, today);
        fixtures.actAs(m);
        roster.requestToJoin(g, true);
        fixtures.actAs(f);

        UI.getCurrent().navigate("groups/" + g + "/manage");
        assertThat(getCurrentView()).isInstanceOf(GroupManageView.class);
        test(action("roster", 0, "Approve")).click();
        assertThat(roster.roster(g)).singleElement().matches(e -> e.status() == GroupMembershipStatus.ACTIVE);

        test(action("sessions", 0, "Set link")).click();
        test($(TextField.class).withCaption("Meeting link").single()).setValue("not a link");
        test($(Button.class).withText("Save link").single()).click();
        assertThat($(TextField.class).withCaption("Meeting link").single().isInvalid()).isTrue();
        test($(TextField.class).withCaption("Meeting link").single()).setValue("https://meet.example.org/wes");
        test($(Button.class).withText("Save link").single()).click();
        assertThat(sessions.managedSessions(g).getFirst().meetingLink()).isEqualTo("https://meet.example.org/wes");

        test(action("sessions", 1, "Cancel")).click();
        test($(Button.class).withText("Cancel this session").single()).click();
        assertThat($(TextArea.class).withCaption("Reason (the roster is told by email)").single().isInvalid())
                .isTrue();
        test($(TextArea.class).withCaption("Reason (the roster is told by email)").single()).setValue("Snow");
        test($(Button.class).withText("Cancel this session").single()).click();
        assertThat(sessions.managedSessions(g)).anyMatch(s -> "Snow".equals(s.cancelReason()));
    }

    @Test
    @WithMockUser(roles = {"MEMBER", "FACILITATOR"})
    @SuppressWarnings("unchecked")
    void theAttendanceDialogOffersOnlyThoseOnTheRosterOnTheSessionsDay() {
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        Person f = fixtures.facilitator("Pia", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person early = fixtures.member("Ezra", true, today);
        approved(g, f, early);
        java.time.Instant firstEnds = sessions.managedSessions(g).getFirst().endsAt();
        clock.set(firstEnds.plus(java.time.Duration.ofDays(1)));
        Person late = fixtures.member("Lena", true, today);
        approved(g, f, late);

        fixtures.actAs(f);
        UI.getCurrent().navigate("groups/" + g + "/manage");
        test(action("past-sessions", 0, "Attendance")).click();
        com.vaadin.flow.component.checkbox.CheckboxGroup<AttendanceEntry> present =
                $(com.vaadin.flow.component.checkbox.CheckboxGroup.class).single();
        assertThat(present.getListDataView().getItems().map(AttendanceEntry::memberId))
                .containsExactly(early.memberId());
    }

    private void approved(long groupId, Person facilitator, Person p) {
        fixtures.actAs(p);
        roster.requestToJoin(groupId, true);
        fixtures.actAs(facilitator);
        roster.approve(roster.roster(groupId).stream().filter(e -> e.memberId() == p.memberId()).findFirst()
                .orElseThrow().membershipId());
    }

    @Test
    @WithMockUser(roles = {"MEMBER", "FACILITATOR"})
    void anotherFacilitatorIsShownTheNotFoundPageNotTheManagementPage() {
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        Person f = fixtures.facilitator("Xan", today);
        Person other = fixtures.facilitator("Yul", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        fixtures.actAs(other);
        UI.getCurrent().navigate("groups/" + g + "/manage");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Span.class).all()).noneMatch(s -> s.getText().contains("meet.example.org"));
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void theJoinButtonDisappearsAtTheLockWithAKindMessageButStaysForThoseWhoJoined() {
        clock.set(Instant.parse("2026-10-20T16:00:00Z"));
        Person f = fixtures.facilitator("Zed", today);
        long g = fixtures.group(f, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 12, true, today);
        Person onTime = fixtures.member("Ona", true, today);
        Person late = fixtures.member("Lat", true, today);
        for (Person p : new Person[] {onTime, late}) {
            fixtures.actAs(p);
            roster.requestToJoin(g, true);
            fixtures.actAs(f);
            roster.approve(roster.roster(g).stream().filter(e -> e.memberId() == p.memberId()).findFirst()
                    .orElseThrow().membershipId());
        }
        ManagedSession tonight = sessions.managedSessions(g).getFirst();
        sessions.setLink(tonight.id(), "https://meet.example.org/zed-tonight");
        Instant lock = tonight.startsAt().plus(Duration.ofMinutes(10));

        clock.set(lock.minusSeconds(1));
        fixtures.actAs(onTime);
        UI.getCurrent().navigate("groups/" + g);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().contains("zed-tonight"));
        test($(Button.class).withText("Join now").first()).click();
        assertThat($(Anchor.class).withText("Open the meeting").single().getHref())
                .isEqualTo("https://meet.example.org/zed-tonight");

        clock.set(lock);
        fixtures.actAs(late);
        UI.getCurrent().navigate("groups/" + g);
        assertThat($(Button.class).withText("Join now").all()).isEmpty();
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().contains("closed to new attendees at 7:40 PM")
                && s.getText().contains("We hope to see you next time."));
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().contains("zed-tonight"));

        clock.set(lock.plusSeconds(1));
        fixtures.actAs(onTime);
        UI.getCurrent().navigate("groups/" + g);
        test($(Button.class).withText("Open the meeting again").single()).click();
        assertThat($(Anchor.class).withText("Open the meeting").single().getHref()).contains("zed-tonight");
    }

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void theBoardCreatesAGroupAndTheFormSaysWhatIsMissing() {
        navigate(GroupsView.class);
        test($(Button.class).withText("New group").single()).click();
        assertThat(getCurrentView()).isInstanceOf(GroupCreateView.class);
        assertThat($(TextArea.class).withCaption("Understandings (members accept these when they ask to join)")
                .single().getValue()).contains("locked to new attendees after the first 10 minutes");
        test($(Button.class).withText("Create the group").single()).click();
        assertThat($(TextField.class).withCaption("Name").single().isInvalid()).isTrue();
        assertThat($(TextField.class).withCaption("Facilitators (member emails, comma-separated)").single()
                .isInvalid()).isTrue();
        test($(TextField.class).withCaption("Name").single()).setValue("Board-made group " + System.nanoTime());
        test($(TextField.class).withCaption("Facilitators (member emails, comma-separated)").single())
                .setValue("facilitator@example.org");
        test($(Button.class).withText("Create the group").single()).click();
        assertThat(getCurrentView()).isInstanceOf(GroupManageView.class);
    }

    /** A button in a grid row's actions cell (grid cells are rendered on demand, not in the component tree). */
    @SuppressWarnings("unchecked")
    private Button action(String gridId, int row, String text) {
        Grid<Object> grid = $(Grid.class).id(gridId);
        return test(grid).getCellComponent(row, "actions").getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void anOfficerCannotOpenTheGroups() {
        roles.actAs("officer@example.org", Role.OFFICER);
        UI.getCurrent().navigate("groups");
        assertThat(getCurrentView()).isNotInstanceOf(GroupsView.class);
    }
}
