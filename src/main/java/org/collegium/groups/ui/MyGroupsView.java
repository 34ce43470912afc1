package org.collegium.groups.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.groups.service.GroupRecords.MyGroup;
import org.collegium.groups.service.GroupRecords.MyGroups;
import org.collegium.groups.service.GroupRecords.SessionView;
import org.collegium.groups.service.SessionService;

/** A member's groups, their next sessions (with the join button when open) and their group-experience hours. */
@Route("my/groups")
@Menu(order = 8, title = "groups.menu.my", icon = "vaadin:group")
@RolesAllowed(Access.MEMBER)
public class MyGroupsView extends VerticalLayout implements HasDynamicTitle {

    public MyGroupsView(SessionService sessions, SocietyClock clock) {
        MyGroups mine;
        try {
            mine = sessions.myGroups();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        Paragraph hours = new Paragraph(getTranslation("groups.my.hours", mine.hours(), mine.sessionsAttended()));
        hours.addClassName("group-hours");
        add(hours, new H2(getTranslation("groups.my.groups")));
        if (mine.groups().isEmpty()) {
            add(new Paragraph(getTranslation("groups.my.none")), new RouterLink(getTranslation("groups.my.see-all"),
                    GroupsView.class));
        }
        for (MyGroup g : mine.groups()) {
            String note = getTranslation(g.manages() ? "groups.my.facilitates" : "groups.my.status." + g.status().name());
            VerticalLayout item = new VerticalLayout(new RouterLink(g.name(), GroupView.class,
                    new RouteParameters("groupId", String.valueOf(g.groupId()))),
                    new Paragraph(g.schedule() + " · " + note));
            item.setPadding(false);
            item.setSpacing(false);
            add(item);
        }
        add(new H2(getTranslation("groups.my.next")));
        if (mine.nextSessions().isEmpty()) {
            add(new Paragraph(getTranslation("groups.my.no-sessions")));
        }
        for (SessionView s : mine.nextSessions()) {
            add(new SessionRow(s, sessions, clock, true));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title.my");
    }
}
