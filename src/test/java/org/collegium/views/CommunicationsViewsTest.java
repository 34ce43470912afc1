package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.domain.SegmentType;
import org.collegium.communications.service.CommunicationRecords.CommunicationForm;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.communications.service.CommunicationService;
import org.collegium.communications.service.MailConsentService;
import org.collegium.communications.ui.CommunicationView;
import org.collegium.communications.ui.CommunicationsView;
import org.collegium.communications.ui.MailPreferencesView;
import org.collegium.communications.ui.UnsubscribeView;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.service.CredentialService;
import org.collegium.credentials.service.CredentialService.CredentialForm;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.credentials.service.RequirementProfileService.ProfileForm;
import org.collegium.credentials.service.RequirementProfileService.ProfileSummary;
import org.collegium.groups.GroupFixtures;
import org.collegium.groups.GroupFixtures.Person;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The communications pages for the board, a facilitator, a member and a visitor with an unsubscribe link. */
@IntegrationTest
class CommunicationsViewsTest extends SpringBrowserlessTest {

    @Autowired CommunicationService communications;
    @Autowired MailConsentService consent;
    @Autowired MemberService members;
    @Autowired Roles roles;
    @Autowired RequirementProfileService profiles;
    @Autowired CredentialService credentials;
    @Autowired MemberRepository memberRepository;
    @Autowired MembershipTypeRepository types;
    @Autowired AccountBootstrap accounts;
    @Autowired GroupService groups;
    @Autowired java.time.Clock clock;

    private final String state = "V" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardWritesCountsAndIsToldOfAnUnknownMergeField() {
        member("Vera");
        navigate(CommunicationsView.class);
        assertThat($(Grid.class).all()).hasSize(1);
        UI.getCurrent().navigate("communications/new");
        assertThat(getCurrentView()).isInstanceOf(CommunicationView.class);
        test($(TextField.class).withCaption("Subject").single()).setValue("Spring news");
        test($(TextArea.class).withCaption("Message (Markdown)").single()).setValue("Dear {nickname}");
        test($(TextField.class).withCaption("State").single()).setValue(state);
        test($(Button.class).withText("Count recipients").single()).click();
        // the blank form writes to active members; the new member has no term yet (an applicant)
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().equals("No recipients"));
        $(Select.class).withCaption("Membership status").single().setValue(null);
        test($(Button.class).withText("Count recipients").single()).click();
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().equals("1 recipient"));
        test($(Button.class).withText("Save draft").single()).click();
        TextArea body = $(TextArea.class).withCaption("Message (Markdown)").single();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("{nickname}");
        test(body).setValue("Dear {firstName}");
        test($(Button.class).withText("Save draft").single()).click();
        assertThat(getCurrentView()).isInstanceOf(CommunicationView.class);
        assertThat($(Button.class).withText("Send now").all()).hasSize(1);
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().startsWith("Draft"));
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardWritesToTheMembersShortOfARequirementProfile() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        long profile = roles.as("admin@example.org", Role.ADMIN, () -> profiles.save(null, new ProfileForm(
                "View profile " + state, 24, CycleStart.ISSUE_DATE, null, BigDecimal.TEN, null, List.of(), 0)));
        Person holder = new GroupFixtures(memberRepository, types, accounts, groups, roles).member("Vshort", true,
                today);
        roles.as(holder.email(), Role.MEMBER, () -> credentials.add(new CredentialForm(profile, null,
                today.minusMonths(1), null, 0)));

        UI.getCurrent().navigate("communications/new");
        assertThat($(ComboBox.class).withCaption("Requirement profile").all()).as("members: no profile").isEmpty();
        Select<SegmentType> to = $(Select.class).withCaption("Send to").single();
        to.setValue(SegmentType.CE_SHORTFALL);
        ComboBox<ProfileSummary> picker = $(ComboBox.class).withCaption("Requirement profile").single();
        assertThat($(Select.class).withCaption("Membership status").all()).isEmpty();
        test($(Button.class).withText("Count recipients").single()).click();
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("Choose a requirement profile.");
        test(picker).selectItem("View profile " + state);
        test($(Button.class).withText("Count recipients").single()).click();
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().equals("1 recipient"));
        test($(TextField.class).withCaption("Subject").single()).setValue("Your CE hours");
        test($(TextArea.class).withCaption("Message (Markdown)").single()).setValue("Dear {firstName}");
        test($(Button.class).withText("Save draft").single()).click();
        assertThat(getCurrentView()).isInstanceOf(CommunicationView.class);
        ComboBox<ProfileSummary> kept = $(ComboBox.class).withCaption("Requirement profile").single();
        assertThat(kept.getValue().id()).as("the saved draft keeps its profile").isEqualTo(profile);
    }

    @Test
    @WithUserDetails("facilitator@example.org")
    @SuppressWarnings("unchecked")
    void aFacilitatorWritesOnlyGroupAnnouncementsToTheirRosters() {
        UI.getCurrent().navigate("communications/new");
        assertThat(getCurrentView()).isInstanceOf(CommunicationView.class);
        Select<MailKind> kind = $(Select.class).withCaption("Kind of mail").single();
        assertThat(kind.getValue()).isEqualTo(MailKind.GROUP_ANNOUNCEMENTS);
        Select<SegmentType> to = $(Select.class).withCaption("Send to").single();
        assertThat(to.getValue()).isEqualTo(SegmentType.GROUP);
        UI.getCurrent().navigate("communications/999999999");
        assertThat(getCurrentView()).isNotInstanceOf(CommunicationView.class);
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMemberChoosesTheirOptionalMail() {
        navigate(MailPreferencesView.class);
        Checkbox news = $(Checkbox.class).withCaption("Group announcements").single();
        boolean before = news.getValue();
        test(news).click();
        assertThat(consent.mine().orElseThrow().get(MailKind.GROUP_ANNOUNCEMENTS)).isEqualTo(!before);
        test($(Checkbox.class).withCaption("Group announcements").single()).click();
        assertThat(consent.mine().orElseThrow().get(MailKind.GROUP_ANNOUNCEMENTS)).isEqualTo(before);
    }

    @Test
    @WithAnonymousUser
    void aVisitorConfirmsAnUnsubscribeAndAWrongLinkReadsAsASentence() {
        UI.getCurrent().navigate("unsubscribe/confirm/abc");
        assertThat(getCurrentView()).isInstanceOf(UnsubscribeView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This unsubscribe link is not"));
        long id = roles.as("board@example.org", Role.BOARD, () -> member("Ulla"));
        String html = roles.as("board@example.org", Role.BOARD, () -> communications.preview(
                new CommunicationForm(MailKind.EVENT_ANNOUNCEMENTS, "s", "b", SegmentForm.membersWhere(
                        null, null, null, state), 600, 0), id).html());
        Matcher token = Pattern.compile("/unsubscribe/([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        UI.getCurrent().navigate("unsubscribe/confirm/" + token.group(1));
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals(
                "Stop getting Event announcements by email?"));
        test($(Button.class).withText("Unsubscribe").single()).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Done"));
    }

    private long member(String first) {
        return roles.as("board@example.org", Role.BOARD, () -> members.create(new MemberForm(first, "View" + state,
                first.toLowerCase() + "." + state.toLowerCase() + "@example.org", null, null, Discipline.OTHER, null,
                null, null, null, state, null, "US", null, false, false, null, 0))).id();
    }
}
