package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.collegium.accounts.ui.AccountsView;
import org.collegium.accounts.ui.ChangePasswordView;
import org.collegium.accounts.ui.LoginView;
import org.collegium.backups.ui.BackupsView;
import org.collegium.base.ui.SettingsView;
import org.collegium.dashboard.ui.DashboardView;
import org.collegium.members.ui.MembersView;
import org.collegium.notifications.ui.OutboxView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Each role sees its own navigation, and the administrators' views stay closed to everyone else. */
@IntegrationTest
class NavigationByRoleTest extends SpringBrowserlessTest {

    private static final List<String> ADMIN_VIEWS = List.of("admin/accounts", "admin/outbox", "admin/email-templates", "admin/settings",
            "admin/backups");

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToSignIn() {
        for (String route : List.of("", "admin/accounts", "account/password")) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void anAdministratorSeesAccountsOutboxAndSettings() {
        navigate(DashboardView.class);
        assertThat(navigationLabels()).containsExactly("Home", "Members", "Applications", "Duplicates",
                "Membership types", "Credential requirements", "Affiliates", "Events", "Upcoming events", "Groups",
                "Group listings", "External CE review", "Communications", "Reports", "Members short of CE", "Audit log", "User accounts", "Outbox", "Email templates", "Society settings", "Sponsor statements", "Backups");
        assertThat(navigate(AccountsView.class)).isNotNull();
        assertThat(navigate(OutboxView.class)).isNotNull();
        assertThat(navigate(SettingsView.class)).isNotNull();
        assertThat(navigate(BackupsView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void theBoardSeesOnlyWhatItMayOpen() {
        assertNavigationWithoutAdminViews("Home", "Members", "Applications", "Duplicates", "Membership types",
                "Affiliates", "Events", "Upcoming events", "Groups", "Group listings", "External CE review",
                "Communications", "Reports", "Members short of CE", "Audit log");
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void anOfficerSeesOnlyWhatItMayOpen() {
        assertNavigationWithoutAdminViews("Home", "Members", "Affiliates", "Upcoming events", "Reports", "Members short of CE",
                "Audit log");
    }

    @Test
    @WithMockUser(username = "affiliate@example.org", roles = {"AFFILIATE_ADMIN", "MEMBER"})
    void anAffiliateAdministratorSeesOnlyWhatItMayOpen() {
        assertNavigationWithoutAdminViews("Home", "My profile", "My membership", "Directory", "My registrations",
                "My CE", "My evaluations", "My external CE", "My supervision hours", "My credentials", "My groups", "My group listings", "Members", "Applications", "Duplicates", "Affiliates", "Events",
                "Upcoming events", "Groups", "Communications", "Reports", "Members short of CE");
    }

    @Test
    @WithMockUser(username = "facilitator@example.org", roles = {"FACILITATOR", "MEMBER"})
    void aFacilitatorSeesOnlyWhatItMayOpen() {
        assertNavigationWithoutAdminViews("Home", "My profile", "My membership", "Directory", "My registrations",
                "My CE", "My evaluations", "My external CE", "My supervision hours", "My credentials", "My groups", "My group listings", "Affiliates", "Upcoming events", "Groups", "Communications");
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void aMemberSeesOnlyWhatItMayOpen() {
        assertNavigationWithoutAdminViews("Home", "My profile", "My membership", "Directory", "My registrations",
                "My CE", "My evaluations", "My external CE", "My supervision hours", "My credentials", "My groups", "My group listings", "Affiliates", "Upcoming events", "Groups");
        UI.getCurrent().navigate("members");
        assertThat(getCurrentView()).isNotInstanceOf(MembersView.class);
        assertThat(navigate(ChangePasswordView.class)).isNotNull();
    }

    private void assertNavigationWithoutAdminViews(String... labels) {
        navigate(DashboardView.class);
        assertThat(navigationLabels()).containsExactly(labels);
        for (String route : ADMIN_VIEWS) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route)
                    .isNotInstanceOfAny(AccountsView.class, OutboxView.class, SettingsView.class,
                            BackupsView.class);
        }
    }

    private List<String> navigationLabels() {
        SideNav nav = $(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
