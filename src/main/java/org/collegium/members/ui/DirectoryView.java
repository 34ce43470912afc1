package org.collegium.members.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.members.service.DirectoryService;
import org.collegium.members.service.DirectoryService.DirectoryEntry;
import org.collegium.members.service.DirectoryService.Standing;

/**
 * Members find each other: only those who chose to be listed, with their email only if they chose to show it; open
 * to members whose own membership was approved or paid (others read why).
 */
@Route(DirectoryView.ROUTE)
@PageTitle("Directory")
@Menu(order = 5, title = "Directory", icon = "vaadin:book")
@RolesAllowed(Access.MEMBER)
public class DirectoryView extends VerticalLayout {

    static final String ROUTE = "directory";

    final TextField search = new TextField("Search");
    final Grid<DirectoryEntry> grid = new Grid<>();

    public DirectoryView(DirectoryService directory) {
        setSizeFull();
        Standing standing = directory.standing();
        if (!standing.mayRead()) {
            // the service refuses the search too; this says why, in plain words
            add(new Paragraph(standing.explanation()));
            return;
        }
        search.setPlaceholder("Name, city, practice or credentials");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(DirectoryEntry::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(DirectoryEntry::credentials).setHeader("Credentials").setAutoWidth(true);
        grid.addColumn(DirectoryEntry::discipline).setHeader("Discipline").setAutoWidth(true);
        grid.addColumn(DirectoryEntry::place).setHeader("City").setAutoWidth(true);
        grid.addColumn(DirectoryEntry::affiliate).setHeader("Affiliate").setAutoWidth(true);
        grid.addColumn(DirectoryEntry::practice).setHeader("Practice").setAutoWidth(true);
        grid.addColumn(DirectoryEntry::email).setHeader("Email").setAutoWidth(true);
        grid.setItems(q -> directory.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) directory.count(search.getValue()));
        grid.setSizeFull();
        add(search, grid);
    }
}
