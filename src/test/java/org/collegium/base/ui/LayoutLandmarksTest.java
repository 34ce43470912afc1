package org.collegium.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Every signed-in page: a banner with its title as the one H1, a skip link first, the drawer a nav, the view in main. */
@IntegrationTest
@WithMockUser(username = "a-very-long-address-of-someone-who-administers@example.org", roles = "ADMIN")
class LayoutLandmarksTest extends SpringBrowserlessTest {

    @Test
    void theViewIsInsideMainAndItsTitleIsTheOneLevelOneHeading() {
        SettingsView view = navigate(SettingsView.class);
        Main main = $(Main.class).single();
        assertThat(main.getId()).contains(MainLayout.MAIN_ID);
        assertThat(view.getParent()).contains(main);
        assertThat($(H1.class).all()).extracting(H1::getText).containsExactly("Society settings");

        Header banner = $(Header.class).single();
        Component first = banner.getChildren().findFirst().orElseThrow();
        assertThat(first).isInstanceOf(Anchor.class);
        assertThat(((Anchor) first).getText()).isEqualTo("Skip to content");
        assertThat(((Anchor) first).getHref()).isEqualTo("#" + MainLayout.MAIN_ID);

        AuditLogView audit = navigate(AuditLogView.class);
        assertThat(audit.getParent()).contains($(Main.class).single());
        assertThat($(H1.class).single().getText()).isEqualTo("Audit log");
    }

    @Test
    void signOutAndTheLanguageSwitchAreInTheDrawerWhateverTheEmailsLength() {
        navigate(SettingsView.class);
        Nav drawer = $(Nav.class).all().stream().filter(n -> n.hasClassName("drawer")).findFirst().orElseThrow();
        assertThat($(Button.class, drawer).withText("Sign out").single().isVisible()).isTrue();
        assertThat($(LanguageSwitch.class, drawer).single()).isNotNull();
        assertThat($(Button.class, drawer).withText("Español").single().isEnabled()).isTrue();
        assertThat($(Button.class, drawer).withText("English").single().isEnabled()).as("the current one").isFalse();
    }
}
