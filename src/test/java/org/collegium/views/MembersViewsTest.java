package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService.TypeView;
import org.collegium.members.ui.MemberView;
import org.collegium.members.ui.MembersView;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MemberRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The members list and a member's page, for the board, an officer and an affiliate administrator. */
@IntegrationTest
class MembersViewsTest extends SpringBrowserlessTest {

    @Autowired MemberService members;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    @SuppressWarnings("unchecked")
    void theBoardSearchesTheListAndOpensAMember() {
        MembersView view = navigate(MembersView.class);
        Grid<MemberSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(200);
        List<Long> byName = members.find(MemberFilter.none(), PageRequest.of(0, 10,
                Sort.by("lastName", "firstName", "id"))).stream().map(MemberSummary::id).toList();
        assertThat(java.util.stream.IntStream.range(0, 10).mapToObj(i -> test(grid).getRow(i).id()).toList())
                .as("sorted by name from the start").isEqualTo(byName);
        assertThat($(Span.class).id("member-count").getText())
                .isEqualTo(String.format(java.util.Locale.US, "%,d members", members.count(MemberFilter.none())));

        test($(TextField.class).withCaption("Search").single()).setValue("member@example.org");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat($(Span.class).id("member-count").getText()).isEqualTo("1 member");
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
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void aSearchMatchingMoreThanTheCountsCapSaysSoAndStillScrollsToItsLastRow() {
        // letters only, unique to this run: 1,001 members whose last names start with it
        String tag = "Qv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        int many = MemberService.LIST_COUNT_CAP + 1;
        MemberRows.insert(jdbc, many, "Ann", i -> tag + String.format("%04d", i),
                i -> tag.toLowerCase(java.util.Locale.ROOT) + i + "@example.org");
        try {
            searchPastTheCap(tag, many);
        } finally {
            jdbc.update("delete from member where last_name like ?", tag + "%");
        }
    }

    @SuppressWarnings("unchecked")
    private void searchPastTheCap(String tag, int many) {
        navigate(MembersView.class);
        Grid<MemberSummary> grid = $(Grid.class).single();
        test($(TextField.class).withCaption("Search").single()).setValue(tag);
        assertThat($(Span.class).id("member-count").getText()).isEqualTo("More than 1,000 members");
        assertThat(test(grid).getRow(0).lastName()).isEqualTo(tag + "0000");
        assertThat(test(grid).getRow(many - 1).lastName()).as("the grid reads on past the count")
                .isEqualTo(tag + String.format("%04d", many - 1));

        test($(TextField.class).withCaption("Search").single()).setValue(tag + "0999");
        assertThat($(Span.class).id("member-count").getText()).isEqualTo("1 member");
        assertThat(test(grid).size()).isEqualTo(1);
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

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    @SuppressWarnings("unchecked")
    void theMembershipActionsFollowTheStateAndEndingAsksFirst() {
        MemberDetails created = members.create(new MemberForm("State", "Aware-" + UUID.randomUUID(),
                "state-" + UUID.randomUUID() + "@example.org", null, null, Discipline.PSYCHOLOGY, null, null, null,
                null, null, null, "US", null, false, false, null, 0));
        UI.getCurrent().navigate("members/" + created.id());
        assertThat($(Button.class).withText("End membership…").all()).as("an applicant has nothing to end").isEmpty();

        ComboBox<TypeView> type = $(ComboBox.class).withCaption("Membership type").single();
        type.setValue(type.getListDataView().getItems().filter(t -> t.name().equals("Clinical")).findFirst()
                .orElseThrow());
        test($(Button.class).withText("Add a term").single()).click();
        assertThat(members.get(created.id()).status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(type.getValue().name()).as("the choice survives the action").isEqualTo("Clinical");
        Select<MembershipStatus> how = $(Select.class).withCaption("End the membership as").single();
        assertThat(how.getValue()).as("no preset way to end").isNull();
        how.setValue(MembershipStatus.LAPSED);
        test($(Button.class).withText("Save").single()).click();
        assertThat(how.getValue()).as("still the person's choice after another action")
                .isEqualTo(MembershipStatus.LAPSED);

        test($(Button.class).withText("End membership…").single()).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Record a lapse?");
        test(dialog).cancel();
        assertThat(members.get(created.id()).status()).as("nothing happens until confirmed")
                .isEqualTo(MembershipStatus.ACTIVE);

        test($(Button.class).withText("End membership…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(members.get(created.id()).status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat($(Button.class).withText("End membership…").all()).as("an ended membership is not ended again")
                .isEmpty();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Ended: lapsed from"));
    }
}
