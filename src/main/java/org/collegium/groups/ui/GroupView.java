package org.collegium.groups.ui;

import org.collegium.base.domain.Access;
import org.collegium.base.ui.NotFoundPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.service.GroupCalendar;
import org.collegium.groups.service.GroupCalendar.CalendarFile;
import org.collegium.groups.service.GroupRecords.GroupPage;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupRecords.SessionView;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;

/**
 * One group as a member sees it: what it is, its understandings, asking to join (acknowledging them) or leaving,
 * and the coming sessions with the join button while the meeting is open to them.
 */
@Route("groups/:groupId([0-9]+)")
@RolesAllowed({Access.MEMBER, Access.FACILITATOR, Access.BOARD, Access.ADMIN})
public class GroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final RosterService roster;
    private final SessionService sessions;
    private final GroupCalendar calendar;
    private final SocietyClock clock;
    private long groupId;

    public GroupView(GroupService groups, RosterService roster, SessionService sessions, GroupCalendar calendar,
            SocietyClock clock) {
        this.groups = groups;
        this.roster = roster;
        this.sessions = sessions;
        this.calendar = calendar;
        this.clock = clock;
        addClassName("group-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NotFoundPages.load(event, () -> {
            groupId = Long.parseLong(event.getRouteParameters().get("groupId").orElseThrow());
            refresh();
        });
    }

    private void refresh() {
        removeAll();
        GroupPage page = groups.page(groupId);
        GroupSummary g = page.group();
        add(new RouterLink(getTranslation("groups.back"), GroupsView.class), new H2(g.name()));
        add(new Paragraph(g.kind().label() + " · " + g.schedule()));
        add(new Paragraph(g.format().label() + (g.location() == null ? "" : " · " + g.location()) + " · "
                + g.language() + " · " + g.cost() + " · "
                + getTranslation(g.membersOnly() ? "groups.who.members-only" : "groups.who.open")));
        if (g.description() != null) {
            add(new Paragraph(g.description()));
        }
        if (g.accessibilityNotes() != null) {
            add(new Paragraph(getTranslation("groups.list.access", g.accessibilityNotes())));
        }
        add(new Paragraph(getTranslation("groups.page.facts", String.join(", ", g.facilitators()),
                g.seatsLeft() == 0 ? getTranslation("groups.page.full")
                        : getTranslation("groups.page.seats-left", g.seatsLeft(), g.capacity()),
                g.lockMinutes())));
        if (page.manages()) {
            Button manage = new Button(getTranslation("groups.page.manage"), e -> getUI().ifPresent(ui -> ui.navigate(
                    GroupManageView.class, new RouteParameters("groupId", String.valueOf(groupId)))));
            add(manage);
        }
        add(new H3(getTranslation("groups.page.understandings")));
        Div understandings = new Div();
        understandings.addClassName("group-understandings");
        for (String paragraph : page.understandings().split("\\n\\s*\\n")) {
            understandings.add(new Paragraph(paragraph.strip()));
        }
        add(understandings);
        add(membership(page));
        add(new H3(getTranslation("groups.page.coming")));
        if (page.upcoming().isEmpty()) {
            add(new Paragraph(getTranslation("groups.page.no-sessions")));
        }
        for (SessionView s : page.upcoming()) {
            add(new SessionRow(s, sessions, clock, false));
        }
        add(calendarLink());
    }

    private VerticalLayout membership(GroupPage page) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        GroupMembershipStatus status = page.myStatus();
        if (status == GroupMembershipStatus.ACTIVE) {
            box.add(new Paragraph(getTranslation("groups.page.on-roster")));
            box.add(new Button(getTranslation("groups.page.leave"), e -> act(() -> roster.leave(groupId),
                    getTranslation("groups.page.left"))));
        } else if (status == GroupMembershipStatus.REQUESTED) {
            box.add(new Paragraph(getTranslation("groups.page.requested")));
            box.add(new Button(getTranslation("groups.page.withdraw"), e -> act(() -> roster.leave(groupId),
                    getTranslation("groups.page.withdrawn"))));
        } else if (!page.manages() || status != null) {
            if (status == GroupMembershipStatus.DECLINED) {
                box.add(new Paragraph(getTranslation("groups.page.declined")));
            }
            Checkbox accept = new Checkbox(getTranslation("groups.page.accept"));
            Button ask = new Button(getTranslation("groups.page.ask"));
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.addClickListener(e -> {
                if (!accept.getValue()) {
                    accept.getElement().setAttribute("invalid", true);
                    Notifications.error(getTranslation("groups.page.accept-first"));
                    return;
                }
                act(() -> roster.requestToJoin(groupId, true),
                        getTranslation("groups.page.asked"));
            });
            box.add(accept, ask);
        }
        return box;
    }

    private void act(Runnable action, String success) {
        Attempt.run(action, success, this::refresh);
    }

    private Anchor calendarLink() {
        Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            CalendarFile file = calendar.forGroup(groupId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "text/calendar",
                    file.content().length);
        }), AttachmentType.DOWNLOAD, getTranslation("groups.page.calendar"));
        return ics;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title.group");
    }
}
