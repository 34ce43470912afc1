package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.base.ui.NotFoundView;
import org.collegium.dashboard.ui.DashboardView;
import org.collegium.groups.service.DemoGroups;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupRecords.RosterEntry;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.ui.GroupManageView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The facilitator who is not a member, in the pages: their group's manage page by names only, and nothing else. */
@IntegrationTest
class PureRolesViewsTest extends SpringBrowserlessTest {

    @Autowired GroupService groups;

    @Test
    @WithUserDetails(DemoAccounts.FACILITATOR_ONLY)
    @SuppressWarnings("unchecked")
    void aFacilitatorWhoIsNotAMemberManagesTheirGroupByNamesOnly() {
        navigate(DashboardView.class);
        assertThat(navigationLabels()).contains("Home", "Groups")
                .doesNotContain("Members", "Directory", "My membership", "My profile", "My groups", "Reports",
                        "Events", "Applications");

        UI.getCurrent().navigate("groups/" + group(DemoGroups.SUPERVISION_GROUP).id() + "/manage");
        assertThat(getCurrentView()).isInstanceOf(GroupManageView.class);
        Grid<RosterEntry> roster = (Grid<RosterEntry>) $(Grid.class).id("roster");
        assertThat(test(roster).size()).isPositive();
        List<String> headers = roster.getColumns().stream().map(c -> c.getHeaderText()).toList();
        assertThat(headers).contains("Name").doesNotContain("Email", "Membership");
    }

    @Test
    @WithUserDetails(DemoAccounts.FACILITATOR_ONLY)
    void aFacilitatorWhoIsNotAMemberOpensNoMembersDirectoryMembershipReportsEventsOrOtherGroups() {
        for (String address : List.of("members", "directory", "my/membership", "my/profile", "my/groups",
                "reports", "reports/membership", "events", "events/edit", "applications",
                "groups/" + group(DemoGroups.TUESDAY_GROUP).id() + "/manage",
                "groups/" + group(DemoGroups.PARENTS_GROUP).id() + "/manage")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOf(NotFoundView.class);
        }
    }

    private GroupSummary group(String name) {
        return groups.list(PageRequest.of(0, 100)).stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private List<String> navigationLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
