package org.collegium.listings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.Notifications;
import org.collegium.listings.service.ListingRecords.ListingForm;
import org.collegium.listings.service.ListingRecords.MyListing;
import org.collegium.listings.service.ListingService;

/** A member's listings in Find a group: list a group, edit it (back to the board's review), withdraw it. */
@Route("my/listings")
@Menu(order = 9, title = "listings.menu.mine", icon = "vaadin:search")
@RolesAllowed(Access.MEMBER)
public class MyListingsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyListing> grid = new Grid<>();
    final ListingEditor editor = new ListingEditor();
    final Button create = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    final H2 editing = new H2();
    private final ListingService listings;
    private Long editingId;

    public MyListingsView(ListingService listings) {
        this.listings = listings;
        boolean may;
        try {
            may = listings.mayList();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        if (!may) {
            add(new Paragraph(getTranslation("listings.mine.not-in-standing")));
        }
        add(new Paragraph(getTranslation("listings.mine.intro")));
        // a phone shows the title (its enquiries below), the status and the actions without panning
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("listings.field.title")).setWidth("7rem")
                .setFlexGrow(1);
        grid.addColumn(l -> getTranslation("listings.status." + l.status().name())
                + (l.reviewNote() == null ? "" : ": " + l.reviewNote()))
                .setHeader(getTranslation("listings.mine.status")).setWidth("7rem").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("listings.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        create.setText(getTranslation("listings.mine.new"));
        create.setEnabled(may);
        create.addClickListener(e -> open(null, ListingForm.blank()));
        save.setText(getTranslation("listings.mine.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("listings.mine.cancel"));
        cancel.addClickListener(e -> close());
        add(create, grid, editing, editor, new HorizontalLayout(save, cancel));
        close();
        refresh();
    }

    private Div titleCell(MyListing l) {
        Span title = new Span(l.title());
        title.getStyle().set("display", "block");
        Span enquiries = new Span(getTranslation("listings.mine.enquiries") + ": " + l.enquiries());
        enquiries.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(title, enquiries);
    }

    private Div actions(MyListing l) {
        Button edit = new Button(getTranslation("listings.mine.edit"), e -> act(() -> open(l.id(),
                listings.form(l.id()))));
        edit.setAriaLabel(getTranslation("listings.mine.edit-named", l.title()));
        Button withdraw = new Button(getTranslation("listings.mine.withdraw"), e -> act(() -> {
            listings.withdraw(l.id());
            Notifications.success(getTranslation("listings.mine.withdrawn"));
            refresh();
        }));
        withdraw.setAriaLabel(getTranslation("listings.mine.withdraw-named", l.title()));
        withdraw.setEnabled(l.status() != org.collegium.listings.domain.ListingStatus.WITHDRAWN);
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(edit, withdraw);
        actions.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    /** A row's action; a listing that is no longer there (or no longer this member's) is said so, not a 500. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
            close();
            refresh();
        }
    }

    private void open(Long id, ListingForm form) {
        editingId = id;
        editor.messages.clear();
        editor.otherLanguages.setInvalid(false);
        editor.read(form);
        editing.setText(getTranslation(id == null ? "listings.mine.new" : "listings.mine.edit-title"));
        editing.setVisible(true);
        editor.setVisible(true);
        save.setVisible(true);
        cancel.setVisible(true);
    }

    private void close() {
        editing.setVisible(false);
        editor.setVisible(false);
        save.setVisible(false);
        cancel.setVisible(false);
    }

    void save() {
        try {
            if (editingId == null) {
                listings.create(editor.write());
            } else {
                listings.update(editingId, editor.write());
            }
            Notifications.success(getTranslation("listings.mine.saved"));
            close();
            refresh();
        } catch (InvalidInputException ex) {
            editor.show(ex);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(listings.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("listings.menu.mine");
    }
}
