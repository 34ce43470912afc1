package org.collegium.listings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.Notifications;
import org.collegium.base.ui.RowOpening;
import org.collegium.listings.domain.ListingStatus;
import org.collegium.listings.service.ListingModeration;
import org.collegium.listings.service.ListingRecords.ListingDetails;

/** The board's review of Find a group listings: publish, decline with a note, unpublish with a note. */
@Route("listings")
@Menu(order = 45, title = "listings.menu.review", icon = "vaadin:check-square-o")
@RolesAllowed({Access.BOARD, Access.ADMIN})
public class ListingsReviewView extends VerticalLayout implements HasDynamicTitle {

    final Select<ListingStatus> status = new Select<>();
    final Grid<ListingDetails> grid = new Grid<>();
    final Div details = new Div();
    final TextArea note = new TextArea();
    final Button publish = new Button();
    final Button decline = new Button();
    final Button unpublish = new Button();
    private final ListingModeration moderation;
    private ListingDetails chosen;

    public ListingsReviewView(ListingModeration moderation) {
        this.moderation = moderation;
        status.setLabel(getTranslation("listings.review.status"));
        status.setItems(ListingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("listings.status." + s.name()));
        status.setValue(ListingStatus.PENDING);
        status.addValueChangeListener(e -> refresh());
        grid.addColumn(ListingDetails::title).setHeader(getTranslation("listings.field.title")).setFlexGrow(1);
        grid.addColumn(ListingDetails::facilitator).setHeader(getTranslation("listings.page.facilitator"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation("listings.status." + l.status().name()))
                .setHeader(getTranslation("listings.mine.status")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        RowOpening.opens(grid, this::choose);
        note.setLabel(getTranslation("listings.review.note"));
        note.setWidthFull();
        publish.setText(getTranslation("listings.review.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> act(() -> moderation.publish(chosen.id(), chosen.version())));
        decline.setText(getTranslation("listings.review.decline"));
        decline.addClickListener(e -> act(() -> moderation.decline(chosen.id(), note.getValue(), chosen.version())));
        unpublish.setText(getTranslation("listings.review.unpublish"));
        unpublish.addClickListener(e -> act(() -> moderation.unpublish(chosen.id(), note.getValue(),
                chosen.version())));
        add(status, grid, new H2(getTranslation("listings.review.chosen")), details, note,
                new HorizontalLayout(publish, decline, unpublish));
        choose(null);
        refresh();
    }

    void choose(ListingDetails l) {
        chosen = l;
        details.removeAll();
        note.clear();
        note.setInvalid(false);
        boolean any = l != null;
        publish.setEnabled(any && l.status() != ListingStatus.PUBLISHED && l.status() != ListingStatus.WITHDRAWN);
        decline.setEnabled(any && l.status() == ListingStatus.PENDING);
        unpublish.setEnabled(any && l.status() == ListingStatus.PUBLISHED);
        if (!any) {
            details.add(new Paragraph(getTranslation("listings.review.none-chosen")));
            return;
        }
        details.add(new Paragraph(l.title() + " · " + ListingText.facilitator(l)), new Paragraph(l.focus()),
                new Paragraph(ListingText.summary(l)), new Paragraph(l.schedule()));
    }

    private void act(Runnable action) {
        if (chosen == null) {
            return;
        }
        try {
            action.run();
            Notifications.success(getTranslation("listings.review.done"));
            choose(null);
            refresh();
        } catch (InvalidInputException ex) {
            note.setErrorMessage(ex.fieldErrors().get("note"));
            note.setInvalid(true);
        } catch (BusinessRuleException ex) {
            // changed or gone meanwhile (its member edited or withdrew it): said so, and the queue read again
            Notifications.error(ex.getMessage());
            choose(null);
            refresh();
        }
    }

    private void refresh() {
        ListingStatus s = status.getValue();
        grid.setItems(q -> moderation.queue(s, q.getOffset(), q.getLimit()).stream(), q -> (int) moderation.count(s));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("listings.menu.review");
    }
}
