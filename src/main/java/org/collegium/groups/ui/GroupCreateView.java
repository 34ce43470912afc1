package org.collegium.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.groups.service.GroupService;

/** The board starts a new group: its details, schedule and facilitators; sessions are generated at once. */
@Route("groups/new")
@RolesAllowed({Access.BOARD, Access.ADMIN})
public class GroupCreateView extends VerticalLayout implements HasDynamicTitle {

    public GroupCreateView(GroupService groups, SocietyClock clock) {
        GroupDetailsForm form = new GroupDetailsForm(true);
        form.read(GroupService.blankForm(clock.today()));
        Button create = new Button(getTranslation("groups.create.button"), e -> {
            try {
                long id = groups.create(form.write());
                Notifications.success(getTranslation("groups.create.done"));
                getUI().ifPresent(ui -> ui.navigate(GroupManageView.class,
                        new RouteParameters("groupId", String.valueOf(id))));
            } catch (InvalidInputException ex) {
                form.show(ex);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new RouterLink(getTranslation("groups.back"), GroupsView.class), new H2(getTranslation("groups.title.new")),
                form, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title.new");
    }
}
