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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupService;

/**
 * The society's peer groups: what each is, when it meets (in the society's time zone), format, language, cost,
 * access notes and seats left. Those who run groups also reach each group's management page from here. A
 * society has a few dozen groups at most, so the list is read whole.
 */
@Route("groups")
@PageTitle("Groups")
@Menu(order = 40, title = "Groups", icon = "vaadin:group")
@RolesAllowed({"MEMBER", "FACILITATOR", "BOARD", "ADMIN"})
public class GroupsView extends VerticalLayout {

    public GroupsView(GroupService groups, AuthenticationContext auth) {
        boolean runsGroups = auth.hasAnyRole("FACILITATOR", "BOARD", "ADMIN");
        Set<Long> managed = runsGroups
                ? groups.managed().stream().map(GroupSummary::id).collect(Collectors.toSet()) : Set.of();
        List<GroupSummary> all = groups.list();
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
                manage.setVisible(managed.contains(g.id()));
                return manage;
            }).setHeader("").setAutoWidth(true);
        }
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GroupView.class,
                new RouteParameters("groupId", String.valueOf(e.getItem().id())))));
        add(all.isEmpty() ? new Paragraph("No groups yet.") : grid);
    }
}
