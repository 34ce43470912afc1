package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.collegium.members.service.MembershipTypeService.TypeView;
import org.collegium.members.ui.MembershipTypesView;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.members.ui.JoinConfirmView;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.Roles;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.ApplicationView;
import org.collegium.members.service.ApplicationService.JoinRequest;
import org.collegium.members.service.ApplicationService.JoinOption;
import org.collegium.members.service.SelfService;
import org.collegium.members.ui.ApplicationsView;
import org.collegium.members.ui.DirectoryView;
import org.collegium.members.ui.JoinView;
import org.collegium.members.ui.MyMembershipView;
import org.collegium.members.ui.MyProfileView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Joining from the public page, the board's queue, and a member's own pages. */
@IntegrationTest
class SelfServiceViewsTest extends SpringBrowserlessTest {

    @Autowired SelfService self;
    @Autowired ApplicationService applications;
    @Autowired OutboxMessageRepository outbox;
    @Autowired Roles roles;

    @Test
    @WithAnonymousUser
    @SuppressWarnings("unchecked")
    void aVisitorAppliesWithoutSigningIn() {
        navigate(JoinView.class);
        test($(Button.class).withText("Send my application").single()).click();
        assertThat($(TextField.class).withCaption("First name").single().isInvalid()).isTrue();

        test($(TextField.class).withCaption("First name").single()).setValue("Wanda");
        test($(TextField.class).withCaption("Last name").single()).setValue("Joiner");
        test($(EmailField.class).single()).setValue("joiner-" + UUID.randomUUID() + "@example.org");
        Select<Discipline> discipline = $(Select.class).single();
        discipline.setValue(Discipline.COUNSELING);
        RadioButtonGroup<JoinOption> type = $(RadioButtonGroup.class).single();
        type.setValue(type.getListDataView().getItems().filter(o -> o.name().equals("Clinical")).findFirst()
                .orElseThrow());
        test($(Button.class).withText("Send my application").single()).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Thank you!"));
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardApprovesFromTheQueue() {
        String email = "queued-" + UUID.randomUUID() + "@example.org";
        long clinical = applications.joinOptions().stream().filter(o -> o.name().equals("Clinical")).findFirst()
                .orElseThrow().id();
        applications.submit(new JoinRequest("Quinn", "Queued", email, null, null, Discipline.NURSING, null, null,
                null, null, null, null, "US", null, clinical, null));
        navigate(ApplicationsView.class);
        Grid<ApplicationView> grid = $(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).email().equals(email)) {
                row = i;
            }
        }
        assertThat(row).as("the new application is in the queue").isNotNegative();
        test(grid).clickRow(row);
        test($(Button.class).withText("Approve").single()).click();
        assertThat(applications.pending(org.springframework.data.domain.PageRequest.of(0, 500)))
                .noneMatch(a -> a.email().equals(email));
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardSeesAJoinAwaitingEmailConfirmationAndCannotApproveIt() {
        String email = "unconfirmed-" + UUID.randomUUID() + "@example.org";
        long student = applications.joinOptions().stream().filter(o -> o.name().equals("Student")).findFirst()
                .orElseThrow().id();
        applications.submit(new JoinRequest("Una", "Unconfirmed", email, null, null, Discipline.NURSING, null, null,
                null, null, null, null, "US", null, student, null));
        navigate(ApplicationsView.class);
        Grid<ApplicationView> grid = $(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).email().equals(email)) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Awaiting email confirmation"); // the status column
        test(grid).clickRow(row);
        assertThat($(Button.class).withText("Approve").single().isEnabled()).isFalse();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Awaiting email confirmation"));
        assertThat($(Button.class).withText("Decline").single().isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMemberSavesTheirProfileAndSeesTheirMembership() {
        navigate(MyProfileView.class);
        test($(TextField.class).withCaption("Practice").single()).setValue("Tuesday Practice");
        test($(Button.class).withText("Save my profile").single()).click();
        assertThat(self.profile().form().practiceName()).isEqualTo("Tuesday Practice");

        navigate(MyMembershipView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Status: "));
        navigate(DirectoryView.class);
        assertThat($(Grid.class).single()).isNotNull();
        assertThat(navigationLabels()).contains("Directory");
    }

    @Test
    @WithAnonymousUser
    void aVisitorJoiningATypeGrantedAtOnceGetsTheSameAnswerForAnyAddressAndConfirmsByTheLink() {
        String email = "instant-" + UUID.randomUUID() + "@example.org";
        String answer = applyAs(email, "Student");
        assertThat(answer).startsWith("Thank you! We have emailed you a link");
        assertThat(applyAs("member@example.org", "Student")).as("a member's address reads the same").isEqualTo(answer);

        String token = confirmationToken(email);
        UI.getCurrent().navigate("join/confirm", QueryParameters.of("token", token));
        assertThat(getCurrentView()).isInstanceOf(JoinConfirmView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("your membership has begun"));
        UI.getCurrent().navigate("join/confirm", QueryParameters.of("token", token));
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This link is not valid any more"));
        UI.getCurrent().navigate("join/confirm");
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This link is not valid any more"));
    }

    @Test
    @WithAnonymousUser
    void aMemberGrantedAtOnceAndNotYetPaidIsToldWhyTheDirectoryIsClosedAndDoesNotSeeItInTheMenu() {
        String email = "unpaid-" + UUID.randomUUID() + "@example.org";
        applyAs(email, "Retired"); // dues $60, no approval needed
        applications.confirmEmail(confirmationToken(email));
        roles.actAs(email, Role.MEMBER);
        navigate(MyMembershipView.class);
        assertThat(navigationLabels()).contains("My membership").doesNotContain("Directory");
        navigate(DirectoryView.class);
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("The directory opens once the "
                + "board has approved your membership or its dues are paid"));
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void aNewMembershipTypeNeedsTheBoardsApprovalUnlessUntickedWhileAnExistingTypeKeepsItsSetting() {
        navigate(MembershipTypesView.class);
        test($(Button.class).withText("New membership type").single()).click();
        assertThat(approvalBox().getValue()).isTrue();
        test($(Button.class).withText("Cancel").single()).click();

        Grid<TypeView> grid = $(Grid.class).single();
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).name().equals("Student")) {
                test(grid).clickRow(i);
            }
        }
        assertThat(approvalBox().getValue()).as("Student is granted at once in the demo data").isFalse();
    }

    private Checkbox approvalBox() {
        return $(Checkbox.class).all().stream().filter(c -> "The board approves applications".equals(c.getLabel()))
                .findFirst().orElseThrow();
    }

    /** Applies on the Join page as a visitor and returns the page's answer. */
    @SuppressWarnings("unchecked")
    private String applyAs(String email, String typeName) {
        UI.getCurrent().navigate("login"); // away first: a fresh Join page each time
        navigate(JoinView.class);
        test($(TextField.class).withCaption("First name").single()).setValue("Ivy");
        test($(TextField.class).withCaption("Last name").single()).setValue("Instant");
        test($(EmailField.class).single()).setValue(email);
        Select<Discipline> discipline = $(Select.class).single();
        discipline.setValue(Discipline.COUNSELING);
        RadioButtonGroup<JoinOption> type = $(RadioButtonGroup.class).single();
        type.setValue(type.getListDataView().getItems().filter(o -> o.name().equals(typeName)).findFirst()
                .orElseThrow());
        test($(Button.class).withText("Send my application").single()).click();
        return $(Paragraph.class).all().stream().map(Paragraph::getText).filter(t -> t.startsWith("Thank you!"))
                .findFirst().orElseThrow();
    }

    private String confirmationToken(String email) {
        String body = outbox.findByRecipientOrderByIdDesc(email).stream()
                .filter(m -> m.getSubject().startsWith("Confirm your email")).findFirst().orElseThrow().getBody();
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private List<String> navigationLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
