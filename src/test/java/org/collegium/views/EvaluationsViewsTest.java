package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.base.ui.NotFoundView;
import org.collegium.evaluations.service.EvaluationService;
import org.collegium.evaluations.ui.EvaluationFormView;
import org.collegium.evaluations.ui.MyEvaluationsView;
import org.collegium.evaluations.ui.SponsorStatementsView;
import org.collegium.events.EventFixtures;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.RegistrationService;
import org.collegium.evaluations.service.SponsorStatementService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The evaluation pages for each role: the event's form and summary, a member's evaluations, sponsor statements. */
@IntegrationTest
class EvaluationsViewsTest extends SpringBrowserlessTest {

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired EvaluationService evaluations;
    @Autowired SponsorStatementService statements;
    @Autowired Roles roles;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithUserDetails("board@example.org")
    void theBoardEditsAnEventsQuestionsAndIsToldWhatIsMissing() {
        long eventId = new EventFixtures(events, roles).publish(EventFixtures.training("Form " + EventFixtures.tag(),
                5, null));
        navigate("events/evaluation/" + eventId, EvaluationFormView.class);
        assertThat($(H2.class).all()).anyMatch(h -> h.getText().startsWith("Evaluation of Form "));
        List<TextField> questions = $(TextField.class).all();
        assertThat(questions).hasSize(5);
        assertThat(questions.getFirst().getValue()).isEqualTo("The stated learning objectives were met.");

        questions.getFirst().setValue("");
        test($(Button.class).withText("Save the form").single()).click();
        assertThat($(TextField.class).all().getFirst().isInvalid()).isTrue();

        test($(Button.class).withText("Add a comment question").single()).click();
        $(TextField.class).all().getFirst().setValue("The case examples helped me.");
        $(TextField.class).all().getLast().setValue("What should we cover next?");
        $(Checkbox.class).withCaption("Certificates wait for the evaluation").single().setValue(true);
        test($(Button.class).withText("Save the form").single()).click();
        assertThat(evaluations.form(eventId).questions()).hasSize(6);
        assertThat(evaluations.form(eventId).certificateWaits()).isTrue();
        assertThat($(H2.class).all()).anyMatch(h -> h.getText().equals("Summary"));
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anAffiliateAdministratorCannotOpenAnotherSocietysEvaluation() {
        long national = new EventFixtures(events, roles).publish(EventFixtures.training("National "
                + EventFixtures.tag(), 5, null));
        UI.getCurrent().navigate("events/evaluation/" + national);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("member@example.org")
    void aMemberFillsInTheEvaluationOfAnEventTheyAttendedOnce() {
        EventFixtures fixtures = new EventFixtures(events, roles);
        long eventId = fixtures.publish(EventFixtures.training("Attended " + EventFixtures.tag(), 5, null));
        long registration = registrations.register(eventId, List.of()).getFirst().registrationId();
        clock.set(fixtures.startOf(eventId).plus(Duration.ofMinutes(5)));
        roles.as("board@example.org", Role.BOARD, () -> {
            attendance.mark(registration, RegistrationStatus.ATTENDED);
            return null;
        });
        clock.set(fixtures.startOf(eventId).plus(Duration.ofHours(8)));

        UI.getCurrent().navigate("events/evaluation/" + eventId);
        assertThat(getCurrentView()).isNotInstanceOf(EvaluationFormView.class);

        navigate(MyEvaluationsView.class);
        @SuppressWarnings("unchecked")
        Grid<EvaluationService.MyEvaluation> grid = $(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).eventId() == eventId) {
                row = i;
            }
        }
        assertThat(row).as("the event is listed").isNotNegative();
        assertThat(test(grid).getRow(row).submitted()).isFalse();
        test((Button) test(grid).getCellComponent(row, 2)).click();
        test($(Button.class).withText("Submit the evaluation").single()).click();
        assertThat($(RadioButtonGroup.class).all()).allMatch(RadioButtonGroup::isInvalid);
        for (RadioButtonGroup<?> scale : $(RadioButtonGroup.class).all()) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> s = (RadioButtonGroup<Integer>) scale;
            s.setValue(4);
        }
        $(TextArea.class).first().setValue("Clear and practical.");
        test($(Button.class).withText("Submit the evaluation").single()).click();
        assertThat($(Button.class).withText("Submit the evaluation").all()).isEmpty();
        assertThat(evaluations.mine()).anyMatch(e -> e.eventId() == eventId && e.submitted());
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorSetsTheSponsorStatementPrintedOnCertificates() {
        navigate(SponsorStatementsView.class);
        TextArea aswb = $(TextArea.class).withCaption("Approval statement for ASWB certificates").single();
        String before = aswb.getValue();
        String text = "Approved as a provider for social work CE by ASWB " + EventFixtures.tag();
        aswb.setValue(text);
        test($(Button.class).withText("Save the ASWB statement").single()).click();
        assertThat(statements.all()).anyMatch(s -> s.type() == CeType.ASWB && text.equals(s.statement()));
        aswb.setValue(before);
        test($(Button.class).withText("Save the ASWB statement").single()).click();
    }

    @Test
    @WithUserDetails("board@example.org")
    void theBoardCannotOpenTheSponsorStatements() {
        UI.getCurrent().navigate("admin/sponsor-statements");
        assertThat(getCurrentView()).isNotInstanceOf(SponsorStatementsView.class);
    }
}
