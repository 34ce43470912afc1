package org.collegium.groups.ui;

import org.springframework.security.access.AccessDeniedException;
import org.collegium.base.domain.Access;
import org.collegium.base.ui.NotFoundPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.groups.domain.GroupMembershipStatus;
import org.collegium.groups.domain.SessionStatus;
import org.collegium.groups.service.GroupRecords.AttendanceEntry;
import org.collegium.groups.service.GroupRecords.GroupPage;
import org.collegium.groups.service.GroupRecords.ManagedSession;
import org.collegium.groups.service.GroupRecords.RosterEntry;
import org.collegium.groups.service.GroupService;
import org.collegium.groups.service.RosterService;
import org.collegium.groups.service.SessionService;

/**
 * Running one group: requests and the roster (lapsed members flagged), the sessions with each week's link,
 * cancelling a week, an extra session, attendance, and the group's details. Facilitators reach only their own
 * groups here; every action is checked again by the services.
 */
@Route("groups/:groupId([0-9]+)/manage")
@RolesAllowed({Access.FACILITATOR, Access.BOARD, Access.ADMIN})
public class GroupManageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final RosterService roster;
    private final SessionService sessions;
    private final SocietyClock clock;
    private final boolean board;
    private long groupId;
    /** The group's own zone: its moments are shown in the viewer's zone with this one beside it. */
    private ZoneId zone;

    public GroupManageView(GroupService groups, RosterService roster, SessionService sessions, SocietyClock clock,
            AuthenticationContext auth) {
        this.groups = groups;
        this.roster = roster;
        this.sessions = sessions;
        this.clock = clock;
        this.board = auth.hasAnyRole("BOARD", "ADMIN");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NotFoundPages.load(event, () -> {
            groupId = Long.parseLong(event.getRouteParameters().get("groupId").orElseThrow());
            if (!groups.manages(groupId)) {
                throw new AccessDeniedException("Not this person's group to manage.");
            }
            refresh();
        });
    }

    private void refresh() {
        removeAll();
        GroupPage page = groups.page(groupId);
        zone = page.group().zone();
        add(new RouterLink(getTranslation("groups.back"), GroupsView.class), new H2(page.group().name()),
                new Paragraph(page.group().schedule() + " · " + getTranslation("groups.page.seats-left",
                        page.group().seatsLeft(), page.group().capacity())));
        add(new RouterLink(getTranslation("groups.manage.as-members-see-it"), GroupView.class,
                new RouteParameters("groupId", String.valueOf(groupId))));
        add(new H3(getTranslation("groups.manage.roster")), rosterGrid(page.group().membersOnly()));
        List<ManagedSession> all = sessions.managedSessions(groupId);
        List<ManagedSession> coming = all.stream().filter(s -> s.endsAt().isAfter(clock.instant())).toList();
        List<ManagedSession> past = all.stream().filter(s -> !s.endsAt().isAfter(clock.instant())).toList();
        add(new H3(getTranslation("groups.page.coming")));
        coming.stream().filter(s -> s.status() != SessionStatus.CANCELLED).findFirst()
                .ifPresent(next -> add(nextLink(next)));
        add(sessionsGrid("sessions", coming), extraSession());
        add(new H3(getTranslation("groups.manage.past")), past.isEmpty()
                ? new Paragraph(getTranslation("groups.manage.past.none")) : sessionsGrid("past-sessions", past));
        add(new H3(getTranslation("groups.manage.details")), details());
    }

    /**
     * Requests and the roster. On a phone the name (with the email and when they asked on lines under it), their
     * place on the roster and the actions stay in view: the actions column is frozen to the end.
     */
    private Grid<RosterEntry> rosterGrid(boolean membersOnly) {
        Grid<RosterEntry> grid = new Grid<>();
        grid.setId("roster");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(e -> rosterName(e, membersOnly)).setHeader(getTranslation("groups.manage.name"))
                .setKey("name").setFlexGrow(1).setWidth("12rem");
        grid.addColumn(e -> e.status().label()).setHeader(getTranslation("groups.manage.roster.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setSpacing(false);
            actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
            if (e.status() == GroupMembershipStatus.REQUESTED) {
                Button approve = new Button(getTranslation("groups.manage.approve"), c -> act(() ->
                        roster.approve(e.membershipId()), getTranslation("groups.manage.approved", e.name())));
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                approve.setAriaLabel(getTranslation("groups.manage.approve.named", e.name()));
                Button decline = new Button(getTranslation("groups.manage.decline"), c -> act(() ->
                        roster.decline(e.membershipId()), getTranslation("groups.manage.declined")));
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                decline.setAriaLabel(getTranslation("groups.manage.decline.named", e.name()));
                actions.add(approve, decline);
            }
            return actions;
        }).setHeader(getTranslation("groups.list.column.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true).setKey("actions");
        List<RosterEntry> entries = roster.roster(groupId);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /**
     * A roster entry's first cell: the name; under it what the board sees (email and standing) and when they asked;
     * a flag when their meeting link is withheld (a word, not only a colour).
     */
    private Div rosterName(RosterEntry e, boolean membersOnly) {
        Div cell = new Div();
        Span name = new Span(e.name());
        name.getStyle().set("font-weight", "600");
        cell.add(name);
        List<String> facts = new ArrayList<>();
        if (board && e.email() != null) { // a facilitator sees names only (the service sends them no email)
            facts.add(e.email());
        }
        if (board && e.membershipStatus() != null && !e.lapsed()) {
            facts.add(e.membershipStatus().label());
        }
        facts.add(getTranslation("groups.manage.asked",
                clock.formatShortDate(e.requestedAt().atZone(clock.viewerZone()).toLocalDate())));
        Div line = new Div(new Span(String.join(" · ", facts)));
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        cell.add(line);
        if (e.lapsed()) {
            Span flag;
            if (board) {
                // in a members-only group the service withholds their link: say so, and what fixes it
                String standing = e.membershipStatus() == null ? "" : e.membershipStatus().label();
                flag = new Span(membersOnly && e.status() == GroupMembershipStatus.ACTIVE
                        ? getTranslation("groups.manage.lapsed.withheld", standing)
                        : getTranslation("groups.manage.lapsed", standing));
            } else if (e.status() == GroupMembershipStatus.ACTIVE) {
                // the facilitator is told only whose link is withheld, and why, not their standing
                flag = new Span(getTranslation("groups.manage.link-withheld"));
            } else {
                flag = null;
            }
            if (flag != null) {
                flag.getElement().getThemeList().add("badge error");
                flag.addClassName("group-link-withheld");
                cell.add(new Div(flag));
            }
        }
        return cell;
    }

    /** The link of the next session, the one a facilitator sets every week, without opening the grid's dialog. */
    private HorizontalLayout nextLink(ManagedSession next) {
        TextField link = new TextField(getTranslation("groups.manage.next-link"));
        link.setHelperText(getTranslation("groups.manage.next-link.help", clock.formatAt(next.startsAt(), zone)));
        link.setPlaceholder("https://…");
        link.setWidth("32rem");
        link.setMaxWidth("100%");
        link.setValue(next.meetingLink() == null ? "" : next.meetingLink());
        Button save = new Button(getTranslation("groups.manage.save-the-link"), e -> saveLink(next, link, null));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(link, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void saveLink(ManagedSession s, TextField link, Dialog dialog) {
        try {
            sessions.setLink(s.id(), link.getValue());
            if (dialog != null) {
                dialog.close();
            }
            Notifications.success(getTranslation("groups.manage.link-saved"));
            refresh();
        } catch (InvalidInputException ex) {
            link.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
            link.setInvalid(true);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    /**
     * Sessions: when (with the meeting link and the invitation on lines under it), status, attendance and the
     * actions, the actions column frozen to the end so that a phone reaches it without panning.
     */
    private Grid<ManagedSession> sessionsGrid(String id, List<ManagedSession> items) {
        Grid<ManagedSession> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::sessionWhen).setHeader(getTranslation("groups.manage.when")).setKey("when")
                .setFlexGrow(1).setWidth("12rem");
        grid.addColumn(s -> s.cancelReason() == null ? s.status().label()
                : getTranslation("groups.manage.status.reason", s.status().label(), s.cancelReason()))
                .setHeader(getTranslation("groups.manage.status")).setKey("status").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(ManagedSession::attended).setHeader(getTranslation("groups.manage.attended"))
                .setKey("attended").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setSpacing(false);
            actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
            boolean ahead = s.endsAt().isAfter(clock.instant()) && s.status() != SessionStatus.CANCELLED;
            String when = clock.formatAt(s.startsAt(), zone);
            if (ahead) {
                actions.add(small(getTranslation("groups.manage.set-link"),
                        getTranslation("groups.manage.set-link.named", when), () -> linkDialog(s)));
            }
            if (ahead && s.startsAt().isAfter(clock.instant())) {
                actions.add(small(getTranslation("groups.manage.cancel"),
                        getTranslation("groups.manage.cancel.named", when), () -> cancelDialog(s)));
            }
            if (!s.startsAt().isAfter(clock.instant()) && s.status() != SessionStatus.CANCELLED) {
                actions.add(small(getTranslation("groups.manage.attendance"),
                        getTranslation("groups.manage.attendance.named", when), () -> attendanceDialog(s)));
            }
            return actions;
        }).setHeader(getTranslation("groups.list.column.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true).setKey("actions");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A session's first cell: when (in the viewer's zone, the group's beside it), then its link and invitation. */
    private Div sessionWhen(ManagedSession s) {
        String when = clock.formatAt(s.startsAt(), zone);
        Div cell = new Div(new Span(s.extra() ? getTranslation("groups.manage.extra", when) : when));
        String link = s.meetingLink() == null ? getTranslation("groups.manage.link.not-set")
                : getTranslation("groups.manage.link", s.meetingLink());
        Div line = new Div(new Span(s.invitationSent()
                ? getTranslation("groups.manage.link.sent", link) : link));
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("word-break", "break-all");
        cell.add(line);
        return cell;
    }

    private void act(Runnable action, String success) {
        Attempt.run(action, success, this::refresh);
    }

    /** A small action button whose accessible name says which session it acts on. */
    private static Button small(String text, String name, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(name);
        return b;
    }

    private void linkDialog(ManagedSession s) {
        Dialog dialog = new Dialog(getTranslation("groups.manage.link-dialog", clock.formatAt(s.startsAt(), zone)));
        TextField link = new TextField(getTranslation("groups.manage.link-field"));
        link.setWidth("30rem");
        link.setMaxWidth("100%");
        link.setPlaceholder("https://…");
        link.setValue(s.meetingLink() == null ? "" : s.meetingLink());
        link.setHelperText(getTranslation("groups.manage.link-field.help"));
        Button save = new Button(getTranslation("groups.manage.save-link"), e -> saveLink(s, link, dialog));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(link);
        dialog.getFooter().add(new Button(getTranslation("groups.manage.close"), e -> dialog.close()), save);
        dialog.open();
    }

    private void cancelDialog(ManagedSession s) {
        Dialog dialog = new Dialog(getTranslation("groups.manage.cancel-dialog", clock.formatAt(s.startsAt(), zone)));
        TextArea reason = new TextArea(getTranslation("groups.manage.reason"));
        reason.setWidth("30rem");
        reason.setMaxWidth("100%");
        Button cancel = new Button(getTranslation("groups.manage.cancel-session"), e -> {
            try {
                sessions.cancel(s.id(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("groups.manage.cancelled"));
                refresh();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                reason.setInvalid(true);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("groups.manage.keep"), e -> dialog.close()), cancel);
        dialog.open();
    }

    private void attendanceDialog(ManagedSession s) {
        Dialog dialog = new Dialog(getTranslation("groups.manage.attendance-dialog",
                clock.formatAt(s.startsAt(), zone)));
        List<AttendanceEntry> entries = sessions.attendance(s.id());
        CheckboxGroup<AttendanceEntry> present = new CheckboxGroup<>(getTranslation("groups.manage.attended"));
        present.setHelperText(getTranslation("groups.manage.attended.help"));
        present.setItems(entries);
        present.setItemLabelGenerator(e -> e.joinedAt() == null ? e.name()
                : getTranslation("groups.manage.joined-at", e.name(), clock.format(e.joinedAt())));
        present.setValue(entries.stream().filter(AttendanceEntry::attended).collect(Collectors.toSet()));
        Button save = new Button(getTranslation("groups.manage.save-attendance"), e -> {
            Set<Long> ids = present.getValue().stream().map(AttendanceEntry::memberId).collect(Collectors.toSet());
            try {
                sessions.correctAttendance(s.id(), ids);
                dialog.close();
                Notifications.success(getTranslation("groups.manage.attendance-saved"));
                refresh();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(entries.isEmpty() ? new Paragraph(getTranslation("groups.manage.nobody")) : present);
        dialog.getFooter().add(new Button(getTranslation("groups.manage.close"), e -> dialog.close()), save);
        dialog.open();
    }

    private HorizontalLayout extraSession() {
        DatePicker date = new DatePicker(getTranslation("groups.manage.extra-on"));
        date.setLocale(getLocale());
        TimePicker start = new TimePicker(getTranslation("groups.manage.extra-at"));
        start.setLocale(getLocale());
        start.setHelperText(getTranslation("groups.form.start.help"));
        start.setValue(LocalTime.of(19, 30));
        Button add = new Button(getTranslation("groups.manage.add-extra"), e -> {
            try {
                sessions.addExtra(groupId, date.getValue(), start.getValue());
                Notifications.success(getTranslation("groups.manage.extra-added"));
                refresh();
            } catch (InvalidInputException ex) {
                date.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                date.setInvalid(true);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        HorizontalLayout row = new HorizontalLayout(date, start, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private VerticalLayout details() {
        GroupDetailsForm form = new GroupDetailsForm(board);
        form.read(groups.form(groupId));
        Button save = new Button(getTranslation("groups.manage.save-details"), e -> {
            try {
                groups.update(groupId, form.write());
                Notifications.success(getTranslation("groups.manage.saved"));
                refresh();
            } catch (InvalidInputException ex) {
                form.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout box = new VerticalLayout(form, save);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title.manage");
    }
}
