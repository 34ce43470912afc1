package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.DuplicateService.DuplicatePair;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.members.ui.DuplicatesView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The board sees a likely pair and merges it after confirming. */
@IntegrationTest
@WithMockUser(username = "board@example.org", roles = "BOARD")
class DuplicatesViewTest extends SpringBrowserlessTest {

    @Autowired MemberService members;

    @Test
    @SuppressWarnings("unchecked")
    void theBoardMergesAPairAfterConfirming() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails a = create("dee." + tag + "@example.org", tag);
        MemberDetails b = create("dee." + tag + "+2@example.org", tag);

        navigate(DuplicatesView.class);
        Grid<DuplicatePair> grid = $(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            DuplicatePair p = test(grid).getRow(i);
            if (p.first().id() == a.id() && p.second().id() == b.id()) {
                row = i;
            }
        }
        assertThat(row).as("the pair is listed").isNotNegative();
        assertThat($(Paragraph.class).all()).as("fewer than the most pairs a scan lists: no note that more exist")
                .noneMatch(p -> p.isVisible() && p.getText().contains("first " + DuplicateService.MAX_PAIRS));
        test(grid).getCellComponent(row, 3).getChildren().findFirst().ifPresent(keepA ->
                test((com.vaadin.flow.component.button.Button) keepA).click());
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(members.count(new MemberFilter("Dup" + tag, null, null, null))).isEqualTo(1);
    }

    private MemberDetails create(String email, String tag) {
        return members.create(new MemberForm("Dee", "Dup" + tag, email, null, null, Discipline.OTHER, null, null,
                null, null, "NC", null, "US", null, false, false, null, 0));
    }
}
