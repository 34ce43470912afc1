package org.collegium.evaluations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.NotFoundPages;
import org.collegium.base.ui.Notifications;
import org.collegium.evaluations.domain.QuestionKind;
import org.collegium.evaluations.service.EvaluationService;
import org.collegium.evaluations.service.EvaluationService.CommentSummary;
import org.collegium.evaluations.service.EvaluationService.FormView;
import org.collegium.evaluations.service.EvaluationService.Question;
import org.collegium.evaluations.service.EvaluationService.QuestionEdit;
import org.collegium.evaluations.service.EvaluationService.RatingSummary;
import org.collegium.evaluations.service.EvaluationService.Summary;

/**
 * An event's evaluation form and its anonymous summary, for whoever manages the event (the board, administrators,
 * an affiliate administrator for their own affiliate's events): the questions (the default set until changed;
 * fixed once anyone has answered), whether certificates wait for the evaluation, and the answers' figures.
 */
@Route("events/evaluation")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class EvaluationFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** One question's row in the editor. */
    final class Row extends HorizontalLayout {
        final Long id;
        final Select<QuestionKind> kind = new Select<>();
        final TextField text = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(Long id, QuestionKind k, String wording, int number) {
            this.id = id;
            kind.setLabel(Messages.t("evaluations.form.kind"));
            kind.setItems(QuestionKind.values());
            kind.setItemLabelGenerator(QuestionKind::label);
            kind.setValue(k);
            kind.setWidth("11rem");
            text.setLabel(Messages.t("evaluations.form.question-number", number));
            text.setValue(wording == null ? "" : wording);
            text.setMaxLength(EvaluationService.MAX_QUESTION_LENGTH);
            text.setWidthFull();
            remove.setAriaLabel(Messages.t("evaluations.form.remove", number));
            remove.setTooltipText(Messages.t("evaluations.form.remove", number));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                rows.remove(this);
                questions.remove(this);
            });
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(kind, text, remove);
            setFlexGrow(1, text);
        }

        QuestionEdit edit() {
            return new QuestionEdit(id, kind.getValue(), text.getValue());
        }
    }

    final H2 heading = new H2();
    final Paragraph state = new Paragraph();
    final Anchor back = new Anchor("", Messages.t("evaluations.form.back-to-event"));
    final Checkbox certificateWaits = new Checkbox(Messages.t("evaluations.form.certificate-waits"));
    final Div questions = new Div();
    final List<Row> rows = new ArrayList<>();
    final Button addRating = new Button(Messages.t("evaluations.form.add-rating"));
    final Button addComment = new Button(Messages.t("evaluations.form.add-comment"));
    final Button save = new Button(Messages.t("evaluations.form.save"));
    final Button defaults = new Button(Messages.t("evaluations.form.defaults"));
    final VerticalLayout summaryPanel = new VerticalLayout();

    private final EvaluationService service;
    private long eventId;
    private long version;

    public EvaluationFormView(EvaluationService service) {
        this.service = service;
        certificateWaits.setHelperText(Messages.t("evaluations.form.certificate-waits.help"));
        questions.setWidthFull();
        questions.setMaxWidth("60rem");
        addRating.addClickListener(e -> addRow(null, QuestionKind.RATING, ""));
        addComment.addClickListener(e -> addRow(null, QuestionKind.COMMENT, ""));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        defaults.addClickListener(e -> act(() -> show(service.useDefaults(eventId, version)),
                Messages.t("evaluations.form.defaults-done")));
        summaryPanel.setPadding(false);
        add(heading, back, state, certificateWaits, new H3(Messages.t("evaluations.form.questions")),
                new Paragraph(Messages.t("evaluations.form.questions.help")), questions,
                new HorizontalLayout(addRating, addComment), new HorizontalLayout(save, defaults), summaryPanel);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("evaluations.title.form");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        NotFoundPages.load(event, () -> {
            eventId = Long.parseLong(parameter);
            show(service.form(eventId));
            showSummary(service.summary(eventId));
        });
    }

    private void show(FormView form) {
        version = form.version();
        heading.setText(Messages.t("evaluations.form.heading", form.eventTitle()));
        back.setHref("events/edit/" + form.eventId());
        state.setText(form.locked() ? Messages.t("evaluations.form.locked-state", form.submissions())
                : Messages.t("evaluations.form.open-state"));
        certificateWaits.setValue(form.certificateWaits());
        rows.clear();
        questions.removeAll();
        for (Question q : form.questions()) {
            addRow(q.id(), q.kind(), q.wording());
        }
        boolean locked = form.locked();
        rows.forEach(r -> {
            r.kind.setReadOnly(locked);
            r.text.setReadOnly(locked);
            r.remove.setVisible(!locked);
        });
        addRating.setVisible(!locked);
        addComment.setVisible(!locked);
        defaults.setVisible(!locked);
    }

    private void addRow(Long id, QuestionKind kind, String wording) {
        Row row = new Row(id, kind, wording, rows.size() + 1);
        rows.add(row);
        questions.add(row);
    }

    private void save() {
        List<QuestionEdit> edits = rows.stream().map(Row::edit).toList();
        rows.forEach(r -> r.text.setInvalid(false));
        try {
            show(service.save(eventId, certificateWaits.getValue(), edits, version));
            Notifications.success(Messages.t("evaluations.form.saved"));
        } catch (InvalidInputException e) {
            StringBuilder unplaced = new StringBuilder();
            e.fieldErrors().forEach((field, message) -> {
                int i = field.startsWith("question") && !field.equals("questions")
                        ? Integer.parseInt(field.substring("question".length())) : -1;
                if (i >= 0 && i < rows.size()) {
                    rows.get(i).text.setErrorMessage(message);
                    rows.get(i).text.setInvalid(true);
                } else {
                    unplaced.append(message).append(' ');
                }
            });
            Notifications.error(unplaced.isEmpty() ? Messages.t("base.field.correct-marked")
                    : unplaced.toString().strip());
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Notifications.success(success);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showSummary(Summary s) {
        summaryPanel.removeAll();
        summaryPanel.add(new H2(Messages.t("evaluations.summary.heading")),
                new Paragraph(Messages.t("evaluations.summary.count", s.submissions())));
        if (s.submissions() == 0) {
            return;
        }
        Grid<RatingSummary> grid = new Grid<>();
        grid.addComponentColumn(r -> {
            Div cell = new Div(new Span(r.wording()));
            StringBuilder counts = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                counts.append(i == 0 ? "" : " · ").append(Messages.t("evaluations.summary.score-count", i + 1,
                        r.counts()[i]));
            }
            Span second = new Span(counts.toString());
            second.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            cell.add(second);
            return cell;
        }).setHeader(Messages.t("evaluations.summary.question")).setFlexGrow(1);
        grid.addColumn(r -> r.average() == null ? "—" : Formats.decimal(r.average(), 2))
                .setHeader(Messages.t("evaluations.summary.average")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.integer(r.answered())).setHeader(Messages.t("evaluations.summary.answered"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(s.ratings());
        grid.setAllRowsVisible(true);
        summaryPanel.add(new H3(Messages.t("evaluations.summary.ratings")), grid);
        for (CommentSummary c : s.comments()) {
            summaryPanel.add(new H3(c.wording()));
            if (c.comments().isEmpty()) {
                summaryPanel.add(new Paragraph(Messages.t("evaluations.summary.no-comments")));
            } else {
                UnorderedList list = new UnorderedList();
                c.comments().forEach(text -> list.add(new ListItem(text)));
                summaryPanel.add(list);
            }
        }
    }
}
