package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.members.ui.MemberView;
import org.collegium.members.ui.MembersView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The members list and a member's page, for the board, an officer and an affiliate administrator. */
@IntegrationTest
class MembersViewsTest extends SpringBrowserlessTest {

    @Autowired MemberService members;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    @SuppressWarnings("unchecked")
    void theBoardSearchesTheListAndOpensAMember() {
        MembersView view = navigate(MembersView.class);
        Grid<MemberSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(200);

        test($(TextField.class).withCaption("Search").single()).setValue("member@example.org");
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        assertThat(view).isNotNull();
    }

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void theBoardCreatesAMemberAndIsToldWhatIsWrongFirst() {
        UI.getCurrent().navigate("members/new");
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        test($(Button.class).withText("Save").single()).click();
        assertThat($(TextField.class).withCaption("First name").single().isInvalid()).isTrue();

        String email = "created-" + UUID.randomUUID() + "@example.org";
        test($(TextField.class).withCaption("First name").single()).setValue("Irvin");
        test($(TextField.class).withCaption("Last name").single()).setValue("Yalom");
        test($(com.vaadin.flow.component.textfield.EmailField.class).single()).setValue(email);
        test($(TextField.class).withCaption("ZIP / postal code").single()).setValue("94301");
        test($(Button.class).withText("Save").single()).click();

        assertThat(members.count(new MemberFilter(email, null, null, null))).isEqualTo(1);
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void anOfficerReadsButCannotEdit() {
        navigate(MembersView.class);
        assertThat($(Button.class).withText("New member").all()).isEmpty();
        long id = members.find(MemberFilter.none(), PageRequest.of(0, 1)).getFirst().id();
        UI.getCurrent().navigate("members/" + id);
        assertThat($(TextField.class).withCaption("First name").single().isReadOnly()).isTrue();
        assertThat($(Button.class).withText("Save").all()).as("no visible Save button").isEmpty();
        assertThat($(Button.class).withText("Add a term").all()).isEmpty();
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    @SuppressWarnings("unchecked")
    void anAffiliateAdministratorSeesOnlyTheirSociety() {
        navigate(MembersView.class);
        Grid<MemberSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < Math.min(test(grid).size(), 50); i++) {
            assertThat(test(grid).getRow(i).affiliateName()).isEqualTo("CGPS");
        }
    }
}
