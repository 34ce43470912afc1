package org.collegium.members.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.members.service.DirectoryService;
import org.collegium.members.service.DirectoryService.DirectoryEntry;
import org.collegium.members.service.DirectoryService.Standing;

/**
 * Members find each other: only those who chose to be listed, with their email only if they chose to show it; open
 * to members whose own membership was approved or paid (others read why).
 */
@Route(DirectoryView.ROUTE)
@Menu(order = 5, title = "members.menu.directory", icon = "vaadin:book")
@RolesAllowed(Access.MEMBER)
public class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "directory";

    final TextField search = new TextField(Messages.t("members.directory.search"));
    final Grid<DirectoryEntry> grid = new Grid<>();

    public DirectoryView(DirectoryService directory) {
        setSizeFull();
        Standing standing = directory.standing();
        if (!standing.mayRead()) {
            // the service refuses the search too; this says why, in plain words
            add(new Paragraph(standing.explanation()));
            return;
        }
        search.setPlaceholder(Messages.t("members.directory.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setMaxWidth("100%");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        // on a phone the name and what the person practises come first without panning: one column, two lines
        grid.addColumn(LitRenderer.<DirectoryEntry>of("<div>${item.name}</div>"
                + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)'>"
                + "${item.practises}</div>")
                .withProperty("name", DirectoryEntry::name)
                .withProperty("practises", e -> String.join(" · ", java.util.stream.Stream.of(e.credentials(),
                        e.discipline()).filter(v -> v != null && !v.isBlank()).toList())))
                .setHeader(Messages.t("members.directory.name")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(DirectoryEntry::place).setHeader(Messages.t("members.directory.city")).setAutoWidth(true);
        grid.addColumn(DirectoryEntry::affiliate).setHeader(Messages.t("members.directory.affiliate"))
                .setAutoWidth(true);
        grid.addColumn(DirectoryEntry::practice).setHeader(Messages.t("members.directory.practice"))
                .setAutoWidth(true);
        grid.addColumn(DirectoryEntry::email).setHeader(Messages.t("members.directory.email")).setAutoWidth(true);
        grid.setItems(q -> directory.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) directory.count(search.getValue()));
        grid.setSizeFull();
        add(search, grid);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("members.directory.title");
    }
}
