package org.collegium.evaluations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.evaluations.domain.QuestionKind;
import org.collegium.evaluations.service.EvaluationService;
import org.collegium.evaluations.service.EvaluationService.Answer;
import org.collegium.evaluations.service.EvaluationService.MyEvaluation;
import org.collegium.evaluations.service.EvaluationService.Question;

/**
 * A member's evaluations: the events they attended that have ended, each to fill in once (anonymously: the
 * answers are kept without their name). A certificate that waits for its evaluation is released once it is in.
 */
@Route("my/evaluations")
@Menu(order = 7.1, title = "evaluations.menu.mine", icon = "vaadin:clipboard-check")
@RolesAllowed(Access.MEMBER)
public class MyEvaluationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyEvaluation> grid = new Grid<>();
    final VerticalLayout formPanel = new VerticalLayout();
    /** The answer fields of the form open now, by question id. */
    final Map<Long, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    final Map<Long, TextArea> comments = new LinkedHashMap<>();
    Button submit;

    private final EvaluationService service;
    private final SocietyClock clock;

    public MyEvaluationsView(EvaluationService service, SocietyClock clock) {
        this.service = service;
        this.clock = clock;
        List<MyEvaluation> mine;
        try {
            mine = service.mine();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        add(new Paragraph(Messages.t("evaluations.mine.intro")));
        grid.addComponentColumn(e -> {
            Div cell = new Div(new Span(e.title()));
            Span second = new Span(clock.formatAt(e.endsAt(), e.zone()) + (e.certificateWaits() && !e.submitted()
                    ? " · " + Messages.t("evaluations.mine.certificate-waits") : ""));
            second.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            cell.add(second);
            return cell;
        }).setHeader(Messages.t("evaluations.mine.event")).setFlexGrow(1);
        grid.addColumn(e -> Messages.t(e.submitted() ? "evaluations.mine.submitted" : "evaluations.mine.due"))
                .setHeader(Messages.t("evaluations.mine.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            if (e.submitted()) {
                return new Span();
            }
            Button open = new Button(Messages.t("evaluations.mine.fill-in"), click -> open(e));
            open.setAriaLabel(Messages.t("evaluations.mine.fill-in.aria", e.title()));
            return open;
        }).setHeader(Messages.t("evaluations.mine.actions")).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        formPanel.setPadding(false);
        add(mine.isEmpty() ? new Paragraph(Messages.t("evaluations.mine.none")) : grid, formPanel);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("evaluations.title.mine");
    }

    void open(MyEvaluation e) {
        formPanel.removeAll();
        ratings.clear();
        comments.clear();
        List<Question> questions;
        try {
            questions = service.questionnaire(e.eventId());
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
            return;
        }
        formPanel.add(new H2(Messages.t("evaluations.mine.form-heading", e.title())),
                new Paragraph(Messages.t("evaluations.mine.anonymous")));
        for (Question q : questions) {
            if (q.kind() == QuestionKind.RATING) {
                RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(q.wording());
                scale.setItems(1, 2, 3, 4, 5);
                scale.setItemLabelGenerator(n -> Messages.t("evaluations.scale." + n));
                scale.setRequiredIndicatorVisible(true);
                ratings.put(q.id(), scale);
                formPanel.add(scale);
            } else {
                TextArea text = new TextArea(q.wording());
                text.setMaxLength(EvaluationService.MAX_COMMENT_LENGTH);
                text.setWidthFull();
                text.setMaxWidth("50rem");
                comments.put(q.id(), text);
                formPanel.add(text);
            }
        }
        submit = new Button(Messages.t("evaluations.mine.submit"), click -> submit(e));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Messages.t("evaluations.mine.cancel"), click -> formPanel.removeAll());
        formPanel.add(new HorizontalLayout(submit, cancel));
    }

    private void submit(MyEvaluation e) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        ratings.forEach((id, field) -> answers.put(id, new Answer(field.getValue(), null)));
        comments.forEach((id, field) -> answers.put(id, new Answer(null, field.getValue())));
        ratings.values().forEach(f -> f.setInvalid(false));
        comments.values().forEach(f -> f.setInvalid(false));
        try {
            service.submit(e.eventId(), answers);
            Notifications.success(Messages.t("evaluations.mine.thanks"));
            formPanel.removeAll();
            grid.setItems(service.mine());
        } catch (InvalidInputException ex) {
            ex.fieldErrors().forEach((field, message) -> {
                long id = Long.parseLong(field.substring(1));
                HasValidation f = ratings.containsKey(id) ? ratings.get(id) : comments.get(id);
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
            });
            Notifications.error(Messages.t("base.field.correct-marked"));
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
