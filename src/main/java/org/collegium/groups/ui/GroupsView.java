package org.collegium.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.ui.RowOpening;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupService;

/**
 * The society's peer groups: what each is, when it meets (in the viewer's time zone, with the group's beside it
 * when it differs), the language it is held in (the list filters by it), format, cost, access notes and seats left.
 * Those who run groups also reach each group's management page from here. The grid pages in the database (seats
 * left are counted there too, and the language filter is applied there), like every list in the portal.
 * <p>
 * On a phone the name, schedule and language, and the seats or the action stay in view without panning: the other
 * facts are lines under the name, and the last column is frozen to the end.
 */
@Route("groups")
@Menu(order = 40, title = "groups.menu.groups", icon = "vaadin:group")
@RolesAllowed({Access.MEMBER, Access.FACILITATOR, Access.BOARD, Access.ADMIN})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    public GroupsView(GroupService groups, AuthenticationContext auth) {
        setSizeFull();
        boolean runsGroups = auth.hasAnyRole("FACILITATOR", "BOARD", "ADMIN");
        add(new Paragraph(getTranslation("groups.list.intro")));
        if (auth.hasAnyRole("BOARD", "ADMIN")) {
            Button create = new Button(getTranslation("groups.list.new"),
                    e -> getUI().ifPresent(ui -> ui.navigate(GroupCreateView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        if (groups.count() == 0) {
            add(new Paragraph(getTranslation("groups.list.none")));
            return;
        }
        Select<String> language = new Select<>();
        language.setId("group-language");
        language.setLabel(getTranslation("groups.list.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("groups.list.language.all"));
        language.setItems(groups.languages());

        Grid<GroupSummary> grid = new Grid<>();
        grid.setId("groups");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setColumnReorderingAllowed(false);
        // the name, then when and in what language, then the other facts: one column that wraps on a phone
        grid.addColumn(LitRenderer.<GroupSummary>of("""
                <div class="group-list-entry">
                  <strong class="group-list-name">${item.name}</strong>
                  <div class="group-list-when">${item.when}</div>
                  <div class="group-list-facts" style="color: var(--lumo-secondary-text-color);
                      font-size: var(--lumo-font-size-s)">${item.facts}</div>
                  <div class="group-list-access" style="color: var(--lumo-secondary-text-color);
                      font-size: var(--lumo-font-size-s)" ?hidden="${!item.access}">${item.access}</div>
                </div>""")
                .withProperty("name", GroupSummary::name)
                .withProperty("when", g -> getTranslation("groups.list.when", g.schedule(), g.language()))
                .withProperty("facts", this::facts)
                .withProperty("access", g -> g.accessibilityNotes() == null ? ""
                        : getTranslation("groups.list.access", g.accessibilityNotes())))
                .setHeader(getTranslation("groups.list.column.group")).setKey("group").setFlexGrow(1)
                .setWidth("12rem");
        Grid.Column<GroupSummary> seats = grid.addColumn(this::seats)
                .setHeader(getTranslation("groups.list.column.seats")).setKey("seats").setAutoWidth(true)
                .setFlexGrow(0);
        if (runsGroups) {
            grid.addComponentColumn(g -> {
                Button manage = new Button(getTranslation("groups.list.manage"), e -> getUI().ifPresent(ui ->
                        ui.navigate(GroupManageView.class, new RouteParameters("groupId", String.valueOf(g.id())))));
                manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                manage.setAriaLabel(getTranslation("groups.list.manage.named", g.name()));
                // the button's click is its own, not the row's (which opens the group's page)
                manage.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
                manage.setVisible(g.manages());
                return manage;
            }).setHeader(getTranslation("groups.list.column.actions")).setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0).setFrozenToEnd(true);
        } else {
            seats.setFrozenToEnd(true);
        }
        grid.setItems(q -> groups.list(language.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) groups.count(language.getValue()));
        grid.setEmptyStateText(getTranslation("groups.list.none-in-language"));
        language.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        // a grid of its own height asks only for the rows it shows (all rows visible would fetch every page)
        grid.setSizeFull();
        RowOpening.opens(grid, g -> getUI().ifPresent(ui -> ui.navigate(GroupView.class,
                new RouteParameters("groupId", String.valueOf(g.id())))));
        add(language, grid);
    }

    /** The kind, where, the cost and who may join: "Support · Online · Zoom · Free · Members only". */
    private String facts(GroupSummary g) {
        List<String> facts = new ArrayList<>();
        facts.add(g.kind().label());
        facts.add(g.format().label());
        if (g.location() != null) {
            facts.add(g.location());
        }
        facts.add(g.cost());
        facts.add(getTranslation(g.membersOnly() ? "groups.who.members-only" : "groups.who.open"));
        return String.join(" · ", facts);
    }

    /** Seats left, in words: "Paused", "Full" or "3 of 12". */
    private String seats(GroupSummary g) {
        if (g.status() == GroupStatus.PAUSED) {
            return g.status().label();
        }
        return g.seatsLeft() == 0 ? getTranslation("groups.list.seats.full")
                : getTranslation("groups.list.seats.left", g.seatsLeft(), g.capacity());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title.list");
    }
}
