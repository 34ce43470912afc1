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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
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
@PageTitle("Manage group")
@RolesAllowed({Access.FACILITATOR, Access.BOARD, Access.ADMIN})
public class GroupManageView extends VerticalLayout implements BeforeEnterObserver {

    private final GroupService groups;
    private final RosterService roster;
    private final SessionService sessions;
    private final SocietyClock clock;
    private final boolean board;
    private long groupId;

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
        add(new RouterLink("All groups", GroupsView.class), new H2(page.group().name()),
                new Paragraph(page.group().schedule() + " · " + page.group().seatsLeft() + " of "
                        + page.group().capacity() + " seats left"));
        add(new RouterLink("The group's page as members see it", GroupView.class,
                new RouteParameters("groupId", String.valueOf(groupId))));
        add(new H3("Requests and roster"), rosterGrid(page.group().membersOnly()));
        List<ManagedSession> all = sessions.managedSessions(groupId);
        List<ManagedSession> coming = all.stream().filter(s -> s.endsAt().isAfter(clock.instant())).toList();
        List<ManagedSession> past = all.stream().filter(s -> !s.endsAt().isAfter(clock.instant())).toList();
        add(new H3("Coming sessions"));
        coming.stream().filter(s -> s.status() != SessionStatus.CANCELLED).findFirst()
                .ifPresent(next -> add(nextLink(next)));
        add(sessionsGrid("sessions", coming), extraSession());
        add(new H3("Past sessions"), past.isEmpty() ? new Paragraph("None yet.") : sessionsGrid("past-sessions", past));
        add(new H3("Details"), details());
    }

    private Grid<RosterEntry> rosterGrid(boolean membersOnly) {
        Grid<RosterEntry> grid = new Grid<>();
        grid.setId("roster");
        grid.addColumn(RosterEntry::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(e -> e.status().label()).setHeader("Roster").setAutoWidth(true);
        if (board) { // a facilitator sees names only (the service sends them no email or standing)
            grid.addColumn(RosterEntry::email).setHeader("Email").setAutoWidth(true);
            grid.addComponentColumn(e -> {
                Span standing = new Span(e.membershipStatus().label());
                if (e.lapsed()) {
                    // in a members-only group the service withholds their link: say so, and what fixes it
                    standing.setText(e.membershipStatus().label() + " — membership not current" + (membersOnly
                            && e.status() == GroupMembershipStatus.ACTIVE ? ": no meeting link until they renew" : ""));
                    standing.getElement().getThemeList().add("badge error");
                }
                return standing;
            }).setHeader("Membership").setAutoWidth(true);
        } else { // the facilitator is told only whose link is withheld, and why, not their standing
            grid.addComponentColumn(e -> {
                Span link = new Span(e.lapsed() && e.status() == GroupMembershipStatus.ACTIVE
                        ? "No meeting link until their membership is renewed" : "");
                if (e.lapsed()) {
                    link.getElement().getThemeList().add("badge error");
                }
                return link;
            }).setHeader("Meeting link").setAutoWidth(true);
        }
        grid.addColumn(e -> clock.formatShortDate(e.requestedAt().atZone(clock.zone()).toLocalDate()))
                .setHeader("Asked").setAutoWidth(true);
        grid.addComponentColumn(e -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (e.status() == GroupMembershipStatus.REQUESTED) {
                Button approve = new Button("Approve", c -> act(() -> roster.approve(e.membershipId()),
                        e.name() + " is on the roster."));
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                approve.setAriaLabel("Approve " + e.name());
                Button decline = new Button("Decline", c -> act(() -> roster.decline(e.membershipId()),
                        "Request declined."));
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                decline.setAriaLabel("Decline " + e.name());
                actions.add(approve, decline);
            }
            return actions;
        }).setHeader("").setAutoWidth(true).setKey("actions");
        List<RosterEntry> entries = roster.roster(groupId);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The link of the next session, the one a facilitator sets every week, without opening the grid's dialog. */
    private HorizontalLayout nextLink(ManagedSession next) {
        TextField link = new TextField("Next session's meeting link");
        link.setHelperText(clock.format(next.startsAt()) + ": only the roster sees it; it is emailed to them before "
                + "the session.");
        link.setPlaceholder("https://…");
        link.setWidth("32rem");
        link.setValue(next.meetingLink() == null ? "" : next.meetingLink());
        Button save = new Button("Save the link", e -> saveLink(next, link, null));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(link, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void saveLink(ManagedSession s, TextField link, Dialog dialog) {
        try {
            sessions.setLink(s.id(), link.getValue());
            if (dialog != null) {
                dialog.close();
            }
            Notifications.success("Link saved.");
            refresh();
        } catch (InvalidInputException ex) {
            link.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
            link.setInvalid(true);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private Grid<ManagedSession> sessionsGrid(String id, List<ManagedSession> items) {
        Grid<ManagedSession> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(s -> clock.format(s.startsAt()) + (s.extra() ? " (extra)" : "")).setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(s -> s.status().label() + (s.cancelReason() == null ? "" : ": " + s.cancelReason()))
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(s -> s.meetingLink() == null ? "not set" : s.meetingLink()).setHeader("Meeting link")
                .setAutoWidth(true);
        grid.addColumn(s -> s.invitationSent() ? "sent" : "").setHeader("Invitation").setAutoWidth(true);
        grid.addColumn(ManagedSession::attended).setHeader("Attended").setAutoWidth(true);
        grid.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            boolean ahead = s.endsAt().isAfter(clock.instant()) && s.status() != SessionStatus.CANCELLED;
            if (ahead) {
                actions.add(small("Set link", () -> linkDialog(s)));
            }
            if (ahead && s.startsAt().isAfter(clock.instant())) {
                actions.add(small("Cancel", () -> cancelDialog(s)));
            }
            if (!s.startsAt().isAfter(clock.instant()) && s.status() != SessionStatus.CANCELLED) {
                actions.add(small("Attendance", () -> attendanceDialog(s)));
            }
            return actions;
        }).setHeader("").setAutoWidth(true).setKey("actions");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void act(Runnable action, String success) {
        Attempt.run(action, success, this::refresh);
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void linkDialog(ManagedSession s) {
        Dialog dialog = new Dialog("Meeting link for " + clock.format(s.startsAt()));
        TextField link = new TextField("Meeting link");
        link.setWidth("30rem");
        link.setPlaceholder("https://…");
        link.setValue(s.meetingLink() == null ? "" : s.meetingLink());
        link.setHelperText("New each week; only the roster sees it, and it is emailed to them before the session.");
        Button save = new Button("Save link", e -> saveLink(s, link, dialog));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(link);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), save);
        dialog.open();
    }

    private void cancelDialog(ManagedSession s) {
        Dialog dialog = new Dialog("Cancel the session of " + clock.format(s.startsAt()) + "?");
        TextArea reason = new TextArea("Reason (the roster is told by email)");
        reason.setWidth("30rem");
        Button cancel = new Button("Cancel this session", e -> {
            try {
                sessions.cancel(s.id(), reason.getValue());
                dialog.close();
                Notifications.success("Session cancelled; the roster is being told.");
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
        dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), cancel);
        dialog.open();
    }

    private void attendanceDialog(ManagedSession s) {
        Dialog dialog = new Dialog("Attendance on " + clock.format(s.startsAt()));
        List<AttendanceEntry> entries = sessions.attendance(s.id());
        CheckboxGroup<AttendanceEntry> present = new CheckboxGroup<>("Attended");
        present.setHelperText("Those on the roster on that day (not who joined later or had left before)");
        present.setItems(entries);
        present.setItemLabelGenerator(e -> e.name() + (e.joinedAt() == null ? "" : " (joined "
                + clock.format(e.joinedAt()) + ")"));
        present.setValue(entries.stream().filter(AttendanceEntry::attended).collect(Collectors.toSet()));
        Button save = new Button("Save attendance", e -> {
            Set<Long> ids = present.getValue().stream().map(AttendanceEntry::memberId).collect(Collectors.toSet());
            try {
                sessions.correctAttendance(s.id(), ids);
                dialog.close();
                Notifications.success("Attendance saved.");
                refresh();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(entries.isEmpty() ? new Paragraph("Nobody was on the roster on that day.") : present);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), save);
        dialog.open();
    }

    private HorizontalLayout extraSession() {
        DatePicker date = new DatePicker("Extra session on");
        TimePicker start = new TimePicker("at");
        start.setValue(LocalTime.of(19, 30));
        Button add = new Button("Add extra session", e -> {
            try {
                sessions.addExtra(groupId, date.getValue(), start.getValue());
                Notifications.success("Extra session added.");
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
        return row;
    }

    private VerticalLayout details() {
        GroupDetailsForm form = new GroupDetailsForm(board);
        form.read(groups.form(groupId));
        Button save = new Button("Save details", e -> {
            try {
                groups.update(groupId, form.write());
                Notifications.success("Group saved.");
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
}
