package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.collegium.base.ui.NotFoundView;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.service.DemoCredentials;
import org.collegium.credentials.service.RequirementProfileService.ProfileSummary;
import org.collegium.credentials.ui.MyCredentialsView;
import org.collegium.credentials.ui.RequirementProfilesView;
import org.collegium.credentials.ui.ShortfallReportView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** My credentials (members), requirement profiles (administrators) and the shortfall report (record readers). */
@IntegrationTest
class CredentialsViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("member@example.org")
    @SuppressWarnings("unchecked")
    void aMemberSeesProgressInWordsAndTheFormSaysWhatIsMissing() {
        navigate(MyCredentialsView.class);
        ComboBox<ProfileSummary> profile = $(ComboBox.class).withCaption("Credential").single();
        assertThat($(H3.class).all()).extracting(H3::getText).contains(DemoCredentials.CGP);
        assertThat($(ProgressBar.class).all()).isNotEmpty().allSatisfy(bar ->
                assertThat(bar.getElement().getAttribute("aria-label")).contains("hours"));
        test($(Button.class).withText("Add credential").single()).click();
        assertThat(profile.isInvalid()).isTrue();
        profile.setValue(profile.getListDataView().getItems().filter(p -> p.cycleStart() == CycleStart.BIRTH_MONTH)
                .findFirst().orElseThrow());
        assertThat($(ComboBox.class).withCaption("Birth month").single().isVisible()).isTrue();
        for (String address : List.of("admin/credential-profiles", "reports/credentials-shortfall")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    @WithUserDetails("admin@example.org")
    @SuppressWarnings("unchecked")
    void anAdministratorDefinesAProfileAndIsToldWhichRuleContradictsTheTotal() {
        navigate(RequirementProfilesView.class);
        Grid<ProfileSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        String name = "View profile " + UUID.randomUUID().toString().substring(0, 8);
        $(TextField.class).withCaption("Name").single().setValue(name);
        $(IntegerField.class).withCaption("Cycle length in months").single().setValue(24);
        ComboBox<CycleStart> start = $(ComboBox.class).withCaption("A cycle starts").single();
        start.setValue(CycleStart.ISSUE_DATE);
        $(BigDecimalField.class).withCaption("Total hours per cycle").single().setValue(new BigDecimal("20"));
        BigDecimalField ethics = $(BigDecimalField.class).withCaption("Ethics: at least (hours)").single();
        ethics.setValue(new BigDecimal("25"));
        Button save = $(Button.class).withText("Save profile").single();
        test(save).click();
        assertThat(ethics.isInvalid()).isTrue();
        assertThat(ethics.getErrorMessage()).contains("above the total");
        ethics.setValue(new BigDecimal("3"));
        test(save).click();
        assertThat(ethics.isInvalid()).isFalse();
        assertThat(grid.getListDataView().getItems().map(ProfileSummary::name)).contains(name);
    }

    @Test
    @WithUserDetails("board@example.org")
    void theBoardOpensTheShortfallReport() {
        navigate(ShortfallReportView.class);
        Grid<?> grid = $(Grid.class).single();
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.getHeaderText()).isNotBlank());
        UI.getCurrent().navigate("admin/credential-profiles");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("officer@example.org")
    void anOfficerReadsTheReportButHasNoCredentialsPage() {
        navigate(ShortfallReportView.class);
        UI.getCurrent().navigate("my/credentials");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anAffiliateAdministratorReadsTheirAffiliatesReport() {
        navigate(ShortfallReportView.class);
        assertThat(getCurrentView()).isInstanceOf(ShortfallReportView.class);
    }
}
