package org.collegium.groups.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.service.GroupRecords.MyGroup;
import org.collegium.groups.service.GroupRecords.MyGroups;
import org.collegium.groups.service.GroupRecords.SessionView;
import org.collegium.groups.service.SessionService;

/** A member's groups, their next sessions (with the join button when open) and their group-experience hours. */
@Route("my/groups")
@PageTitle("My groups")
@Menu(order = 8, title = "My groups", icon = "vaadin:group")
@RolesAllowed(Access.MEMBER)
public class MyGroupsView extends VerticalLayout {

    public MyGroupsView(SessionService sessions, SocietyClock clock) {
        MyGroups mine;
        try {
            mine = sessions.myGroups();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        Paragraph hours = new Paragraph(String.format(Locale.US, "Group-experience hours: %.1f (%d sessions attended)",
                mine.hours(), mine.sessionsAttended()));
        hours.addClassName("group-hours");
        add(hours, new H3("Your groups"));
        if (mine.groups().isEmpty()) {
            add(new Paragraph("You are not in a group yet."), new RouterLink("See the society's groups",
                    GroupsView.class));
        }
        for (MyGroup g : mine.groups()) {
            String note = g.manages() ? "you facilitate" : g.status().label().toLowerCase(Locale.US);
            VerticalLayout item = new VerticalLayout(new RouterLink(g.name(), GroupView.class,
                    new RouteParameters("groupId", String.valueOf(g.groupId()))),
                    new Paragraph(g.schedule() + " · " + note));
            item.setPadding(false);
            item.setSpacing(false);
            add(item);
        }
        add(new H3("Next sessions"));
        if (mine.nextSessions().isEmpty()) {
            add(new Paragraph("No sessions in the next four weeks."));
        }
        for (SessionView s : mine.nextSessions()) {
            add(new SessionRow(s, sessions, clock, true));
        }
    }
}
