package org.collegium.events.ui;

import org.collegium.base.domain.Access;
import org.collegium.base.ui.NotFoundPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.AttendanceService.Roster;
import org.collegium.events.service.AttendanceService.RosterEntry;

/**
 * Check-in for an event, or for one session of a conference (?session=id): the roster in arrival order with a
 * quick search, attended / no-show per person, and "mark all attended". Attending awards the CE hours.
 */
@Route("events/check-in")
@PageTitle("Check-in")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class CheckInView extends VerticalLayout implements HasUrlParameter<Long> {

    final TextField search = new TextField();
    final Grid<RosterEntry> grid = new Grid<>();
    final H2 heading = new H2();
    final Paragraph summary = new Paragraph();
    /** Why attendance cannot be recorded yet (or at all, for a cancelled event); hidden when it can. */
    final Paragraph closed = new Paragraph();
    final Button markAll = new Button("Mark all confirmed as attended", VaadinIcon.CHECK_CIRCLE.create());
    private final AttendanceService service;
    private long eventId;
    private Long sessionId;
    private boolean attendanceOpen;

    public CheckInView(AttendanceService service) {
        this.service = service;
        setSizeFull();
        search.setLabel("Find");
        search.setPlaceholder("Name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        markAll.addClickListener(e -> {
            int marked = service.markAllAttended(eventId, sessionId);
            Notifications.success(marked + " marked as attended.");
            refresh();
        });
        grid.addColumn(RosterEntry::name).setHeader("Name").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(RosterEntry::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(r -> r.member() ? "Member" : "Non-member").setHeader("Registered as").setAutoWidth(true);
        grid.addColumn(CheckInView::charged).setHeader("Charged").setAutoWidth(true);
        grid.addColumn(RosterEntry::statusLabel).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> r.certificateNumber() == null ? "" : r.certificateNumber()).setHeader("Certificate")
                .setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Attendance").setWidth("30rem").setFlexGrow(0);
        grid.setSizeFull();
        HorizontalLayout toolbar = new HorizontalLayout(search, markAll);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        closed.addClassName("attendance-closed");
        add(heading, summary, closed, toolbar, grid);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        eventId = parameter;
        NotFoundPages.load(event, () -> {
            sessionId = event.getLocation().getQueryParameters().getSingleParameter("session").map(Long::valueOf)
                    .orElse(null);
            refresh();
        });
    }

    private HorizontalLayout actions(RosterEntry r) {
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (r.status().isPlace() && attendanceOpen) {
            if (r.status() != RegistrationStatus.ATTENDED) {
                Button attended = new Button("Attended", e -> mark(r, RegistrationStatus.ATTENDED));
                attended.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                row.add(attended);
            }
            if (r.status() != RegistrationStatus.NO_SHOW) {
                Button noShow = new Button("No-show", e -> mark(r, RegistrationStatus.NO_SHOW));
                noShow.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(noShow);
            }
            if (r.status() != RegistrationStatus.CONFIRMED) {
                Button undo = new Button("Undo", e -> mark(r, RegistrationStatus.CONFIRMED));
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(undo);
            }
        }
        if (r.creditId() != null) {
            row.add(CertificateLink.of(r.creditId(), r.certificateNumber(), service::certificate));
        }
        if (r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.WAITLISTED) {
            Button cancel = new Button("Cancel registration", e -> confirmCancel(r));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(cancel);
        }
        return row;
    }

    /** The price category actually charged, as the registration recorded it ("$120.00 · Member"). */
    static String charged(RosterEntry r) {
        return (r.price().signum() == 0 ? "Free" : "$" + r.price()) + " · " + r.priceKind().label();
    }

    void confirmCancel(RosterEntry r) {
        ConfirmDestructive.open("Cancel " + r.name() + "'s registration?", r.name()
                + (r.status() == RegistrationStatus.WAITLISTED ? " leaves the waitlist"
                        : " loses their place, which goes to the next person on the waitlist")
                + ", and is emailed that the organiser cancelled it.", "Cancel the registration", () -> {
                    service.cancelRegistration(r.registrationId());
                    Notifications.success("Cancelled; " + r.name() + " was emailed, and the waitlist moved up.");
                    refresh();
                });
    }

    private void mark(RosterEntry r, RegistrationStatus to) {
        try {
            service.mark(r.registrationId(), to);
            refresh();
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refresh() {
        Roster roster = service.roster(eventId, sessionId, search.getValue());
        heading.setText("Check-in: " + roster.title());
        long present = roster.entries().stream().filter(r -> r.status() == RegistrationStatus.ATTENDED).count();
        long places = roster.entries().stream().filter(r -> r.status().isPlace()).count();
        summary.setText("Starts " + SocietyClock.format(roster.startsAt(), roster.zone()) + " · " + present + " of "
                + places + " with a place marked attended"
                + (roster.ceType() == null || roster.ceHours().signum() == 0 ? " · no CE"
                        : " · attending awards " + roster.ceHours().stripTrailingZeros().toPlainString() + " "
                                + roster.ceType().label() + " hours"));
        attendanceOpen = roster.attendanceClosed() == null;
        closed.setText(attendanceOpen ? "" : roster.attendanceClosed());
        closed.setVisible(!attendanceOpen);
        markAll.setEnabled(attendanceOpen);
        grid.setItems(roster.entries());
    }
}
