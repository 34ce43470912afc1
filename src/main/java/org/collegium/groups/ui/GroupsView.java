package org.collegium.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupService;

/**
 * The society's peer groups: what each is, when it meets (in the society's time zone), format, language, cost,
 * access notes and seats left. Those who run groups also reach each group's management page from here. The grid
 * pages in the database (seats left are counted there too), like every list in the portal.
 */
@Route("groups")
@PageTitle("Groups")
@Menu(order = 40, title = "Groups", icon = "vaadin:group")
@RolesAllowed({Access.MEMBER, Access.FACILITATOR, Access.BOARD, Access.ADMIN})
public class GroupsView extends VerticalLayout {

    public GroupsView(GroupService groups, AuthenticationContext auth) {
        setSizeFull();
        boolean runsGroups = auth.hasAnyRole("FACILITATOR", "BOARD", "ADMIN");
        add(new Paragraph("Weekly groups for the society's members: peer consultation, support, supervision and "
                + "special interests. Open a group to read its understandings and ask to join."));
        if (auth.hasAnyRole("BOARD", "ADMIN")) {
            Button create = new Button("New group", e -> getUI().ifPresent(ui -> ui.navigate(GroupCreateView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<GroupSummary> grid = new Grid<>();
        grid.addColumn(GroupSummary::name).setHeader("Group").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(g -> g.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(GroupSummary::schedule).setHeader("When").setAutoWidth(true);
        grid.addColumn(g -> g.format().label() + (g.location() == null ? "" : " · " + g.location()))
                .setHeader("Where").setAutoWidth(true);
        grid.addColumn(GroupSummary::language).setHeader("Language").setAutoWidth(true);
        grid.addColumn(GroupSummary::cost).setHeader("Cost").setAutoWidth(true);
        grid.addColumn(g -> g.membersOnly() ? "Members only" : "Open to all").setHeader("Who").setAutoWidth(true);
        grid.addColumn(g -> g.accessibilityNotes() == null ? "" : g.accessibilityNotes()).setHeader("Access")
                .setAutoWidth(true);
        grid.addColumn(g -> g.status() == org.collegium.groups.domain.GroupStatus.PAUSED ? "Paused"
                : g.seatsLeft() == 0 ? "Full" : g.seatsLeft() + " of " + g.capacity()).setHeader("Seats left")
                .setAutoWidth(true);
        if (runsGroups) {
            grid.addComponentColumn(g -> {
                Button manage = new Button("Manage", e -> getUI().ifPresent(ui -> ui.navigate(GroupManageView.class,
                        new RouteParameters("groupId", String.valueOf(g.id())))));
                manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                manage.setVisible(g.manages());
                return manage;
            }).setHeader("").setAutoWidth(true);
        }
        grid.setItems(q -> groups.list(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) groups.count());
        // a grid of its own height asks only for the rows it shows (all rows visible would fetch every page)
        grid.setSizeFull();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GroupView.class,
                new RouteParameters("groupId", String.valueOf(e.getItem().id())))));
        add(groups.count() == 0 ? new Paragraph("No groups yet.") : grid);
    }
}
