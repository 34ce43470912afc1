package org.collegium.events.ui;

import org.collegium.base.ui.ConfirmDestructive;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
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
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class CheckInView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<RosterEntry> grid = new Grid<>();
    final H2 heading = new H2();
    final Paragraph summary = new Paragraph();
    /** Why attendance cannot be recorded yet (or at all, for a cancelled event); hidden when it can. */
    final Paragraph closed = new Paragraph();
    final Button markAll = new Button(Messages.t("events.check-in.mark-all"), VaadinIcon.CHECK_CIRCLE.create());
    private final AttendanceService service;
    private final SocietyClock clock;
    private long eventId;
    private Long sessionId;
    private boolean attendanceOpen;

    public CheckInView(AttendanceService service, SocietyClock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        search.setLabel(Messages.t("events.check-in.find"));
        search.setPlaceholder(Messages.t("events.check-in.find.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        markAll.addClickListener(e -> {
            int marked = service.markAllAttended(eventId, sessionId);
            Notifications.success(Messages.t("events.check-in.marked", marked));
            refresh();
        });
        grid.addColumn(RosterEntry::name).setHeader(Messages.t("events.check-in.column.name")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(RosterEntry::email).setHeader(Messages.t("events.check-in.column.email")).setAutoWidth(true);
        grid.addColumn(r -> Messages.t(r.member() ? "events.check-in.member" : "events.check-in.non-member"))
                .setHeader(Messages.t("events.check-in.column.registered-as")).setAutoWidth(true);
        grid.addColumn(CheckInView::charged).setHeader(Messages.t("events.check-in.column.charged")).setAutoWidth(true);
        grid.addColumn(RosterEntry::statusLabel).setHeader(Messages.t("events.check-in.column.status")).setAutoWidth(true);
        grid.addColumn(r -> r.certificateNumber() == null ? "" : r.certificateNumber()).setHeader(Messages.t("events.check-in.column.certificate"))
                .setWidth("10rem").setFlexGrow(0);
        // the actions stay in sight at any width: frozen to the end of the row
        grid.addComponentColumn(this::actions).setHeader(Messages.t("events.check-in.column.attendance"))
                .setWidth("30rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.setSizeFull();
        HorizontalLayout toolbar = new HorizontalLayout(search, markAll);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        closed.addClassName("attendance-closed");
        add(heading, summary, closed, toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("events.title.check-in");
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
                Button attended = new Button(Messages.t("events.check-in.attended"), e -> mark(r, RegistrationStatus.ATTENDED));
                attended.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                row.add(attended);
            }
            if (r.status() != RegistrationStatus.NO_SHOW) {
                Button noShow = new Button(Messages.t("events.check-in.no-show"), e -> mark(r, RegistrationStatus.NO_SHOW));
                noShow.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(noShow);
            }
            if (r.status() != RegistrationStatus.CONFIRMED) {
                Button undo = new Button(Messages.t("events.check-in.undo"), e -> mark(r, RegistrationStatus.CONFIRMED));
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(undo);
            }
        }
        if (r.creditId() != null) {
            row.add(CertificateLink.of(r.creditId(), r.certificateNumber(), service::certificate));
        }
        if (r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.WAITLISTED) {
            Button cancel = new Button(Messages.t("events.check-in.cancel"), e -> confirmCancel(r));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(cancel);
        }
        return row;
    }

    /** The price category actually charged, as the registration recorded it ("$120.00 · Member"). */
    static String charged(RosterEntry r) {
        return (r.price().signum() == 0 ? Messages.t("events.price.free") : Formats.money(r.price())) + " · "
                + Messages.t(r.priceKind().key());
    }

    void confirmCancel(RosterEntry r) {
        ConfirmDestructive.open(Messages.t("events.check-in.cancel.header", r.name()), Messages.t(
                r.status() == RegistrationStatus.WAITLISTED ? "events.check-in.cancel.text.waitlist"
                        : "events.check-in.cancel.text.place", r.name()),
                Messages.t("events.check-in.cancel.confirm"), Messages.t("events.dialog.keep"), () -> {
                    service.cancelRegistration(r.registrationId());
                    Notifications.success(Messages.t("events.check-in.cancelled", r.name()));
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
        heading.setText(Messages.t("events.check-in.heading", roster.title()));
        long present = roster.entries().stream().filter(r -> r.status() == RegistrationStatus.ATTENDED).count();
        long places = roster.entries().stream().filter(r -> r.status().isPlace()).count();
        summary.setText(Messages.t("events.check-in.summary", clock.formatAt(roster.startsAt(), roster.zone()),
                present, places) + (roster.ceType() == null || roster.ceHours().signum() == 0
                        ? Messages.t("events.check-in.summary.no-ce")
                        : Messages.t("events.check-in.summary.ce", Formats.decimal(roster.ceHours(), 2),
                                Messages.t(roster.ceType().key()))));
        attendanceOpen = roster.attendanceClosed() == null;
        closed.setText(attendanceOpen ? "" : roster.attendanceClosed());
        closed.setVisible(!attendanceOpen);
        markAll.setEnabled(attendanceOpen);
        grid.setItems(roster.entries());
    }
}
