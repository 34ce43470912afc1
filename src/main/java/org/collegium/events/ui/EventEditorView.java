package org.collegium.events.ui;

import org.collegium.base.domain.Access;
import org.collegium.base.ui.NotFoundPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.MoneyField;
import org.collegium.base.ui.Notifications;
import org.collegium.base.ui.ZoneField;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.domain.SessionKind;
import org.collegium.events.service.EventCalendar;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.CancelImpact;
import org.collegium.events.service.EventService.EventDetails;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.EventService.SessionForm;
import org.collegium.events.service.EventService.SessionView;

/**
 * Create or edit an event (its times, and its sessions', in the event's own time zone: the society's by default),
 * publish or cancel it, add a conference's sessions, and open the check-in for the event or a session.
 */
@Route("events/edit")
@PageTitle("Event")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class EventEditorView extends VerticalLayout implements HasUrlParameter<String> {

    static final String NEW = "new";

    final Select<EventKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final DateTimePicker startsAt = new DateTimePicker("Starts");
    final DateTimePicker endsAt = new DateTimePicker("Ends");
    final Select<EventFormat> format = new Select<>();
    final TextField venue = new TextField("Venue");
    final TextField onlineLink = new TextField("Online link (only confirmed registrants see it)");
    final IntegerField capacity = new IntegerField("Capacity");
    final BigDecimalField memberPrice = new MoneyField("Member price ($)");
    final BigDecimalField nonMemberPrice = new MoneyField("Non-member price ($)");
    final BigDecimalField earlyBirdPrice = new MoneyField("Early-bird member price ($)");
    final DateTimePicker earlyBirdUntil = new DateTimePicker("Early bird until");
    final DateTimePicker registrationOpens = new DateTimePicker("Registration opens");
    final DateTimePicker registrationCloses = new DateTimePicker("Registration closes");
    final IntegerField cancelCutoffHours = new IntegerField("Cancellation cut-off (hours before start)");
    // issue 13: a freed seat goes to the first waitlisted person at once (unticked) or is offered for some hours
    final Checkbox offerFreedSeats = new Checkbox("Offer a freed seat to the next person on the waitlist, who "
            + "claims it by email (otherwise they get it automatically)");
    final IntegerField offerHours = new IntegerField("Offer lasts (hours)");
    final BigDecimalField ceHours = new BigDecimalField("CE hours");
    final Select<CeType> ceType = new Select<>();
    final ComboBox<AffiliateOption> host = new ComboBox<>("Host");
    final ComboBox<String> timeZone = new ZoneField("Time zone");
    final Button save = new Button("Save");
    final Button publish = new Button("Publish");
    final Button cancelEvent = new Button("Cancel event");
    final Paragraph state = new Paragraph();
    final H2 heading = new H2();
    final VerticalLayout sessionsPanel = new VerticalLayout();
    final HorizontalLayout links = new HorizontalLayout();

    private final EventService service;
    private final SocietyClock clock;
    private final FieldMessages messages;
    private Long id;
    private long version;

    public EventEditorView(EventService service, AffiliateService affiliates, SocietyClock clock,
            AuthenticationContext auth) {
        this.service = service;
        this.clock = clock;
        kind.setLabel("Type");
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(EventKind::label);
        format.setLabel("Format");
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(EventFormat::label);
        ceType.setLabel("CE type");
        ceType.setItems(CeType.values());
        ceType.setItemLabelGenerator(t -> t == null ? "None" : t.label());
        ceType.setEmptySelectionAllowed(true);
        ceType.setEmptySelectionCaption("None");
        host.setItems(affiliates.options());
        host.setItemLabelGenerator(AffiliateOption::name);
        host.setPlaceholder("National");
        host.setClearButtonVisible(true);
        host.setReadOnly(!auth.hasAnyRole("ADMIN", "BOARD")); // an affiliate administrator hosts for their own
        title.setRequiredIndicatorVisible(true);
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText("Where the event is held or hosted from: its times are entered and shown in this "
                + "zone, whatever the society's zone is.");
        timeZone.addValueChangeListener(e -> sayZone(e.getValue()));
        messages = new FieldMessages().bind("kind", kind).bind("title", title).bind("description", description)
                .bind("startsAt", startsAt).bind("endsAt", endsAt).bind("format", format).bind("venue", venue)
                .bind("onlineLink", onlineLink).bind("capacity", capacity).bind("memberPrice", memberPrice)
                .bind("nonMemberPrice", nonMemberPrice).bind("earlyBirdPrice", earlyBirdPrice)
                .bind("earlyBirdUntil", earlyBirdUntil).bind("registrationOpens", registrationOpens)
                .bind("registrationCloses", registrationCloses).bind("cancelCutoffHours", cancelCutoffHours)
                .bind("ceHours", ceHours).bind("ceType", ceType).bind("timeZone", timeZone)
                .bind("offerHours", offerHours);
        offerHours.setHelperText("Reminded at half the time; unclaimed, the seat goes to the next person.");
        offerFreedSeats.addValueChangeListener(e -> offerHours.setEnabled(e.getValue()));
        FormLayout form = new FormLayout(kind, title, timeZone, startsAt, endsAt, format, host, venue, onlineLink,
                capacity, cancelCutoffHours, memberPrice, nonMemberPrice, earlyBirdPrice, earlyBirdUntil,
                registrationOpens, registrationCloses, ceHours, ceType, offerFreedSeats, offerHours, description);
        form.setColspan(description, 2);
        form.setMaxWidth("60rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.addClickListener(e -> act(() -> service.publish(id), "Published: the event is on the public page."));
        cancelEvent.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelEvent.addClickListener(e -> confirmCancel());
        HorizontalLayout actions = new HorizontalLayout(save, publish, cancelEvent);
        add(heading, state, form, actions, links, sessionsPanel);
    }

    /**
     * Asks before cancelling, naming the consequence; once anyone has attended, the dialog is the explicit choice
     * to withdraw their CE (the service refuses without it).
     */
    void confirmCancel() {
        CancelImpact impact;
        try {
            impact = service.cancellation(id);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
            return;
        }
        boolean withdraw = impact.attended() > 0;
        String text = "Every registration is cancelled and each of the " + impact.people() + " people with a place "
                + "or a waitlist place is emailed. This cannot be undone."
                + (withdraw ? " " + impact.attended() + (impact.attended() == 1 ? " person has" : " people have")
                        + " already attended: their CE hours are withdrawn and their certificates voided." : "");
        ConfirmDestructive.open("Cancel this event?", text, withdraw ? "Cancel and withdraw CE" : "Cancel the event",
                () -> act(() -> {
                    int told = service.cancel(id, withdraw);
                    Notifications.success("Cancelled; " + (told == 1 ? "1 person was" : told + " people were")
                            + " emailed.");
                }, null));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            id = null;
            version = 0;
            fill(service.blank());
            heading.setText("New event");
            state.setText("A new event is a draft until you publish it. Its times are in the zone you choose; "
                    + "the society's is " + clock.zone().getId() + ".");
            publish.setVisible(false);
            cancelEvent.setVisible(false);
            links.removeAll();
            sessionsPanel.removeAll();
            return;
        }
        NotFoundPages.load(event, () -> load(Long.parseLong(parameter)));
    }

    private void load(long eventId) {
        EventDetails details = service.load(eventId);
        id = eventId;
        version = details.form().version();
        fill(details.form());
        heading.setText(details.form().title());
        state.setText(details.status().label() + " · " + details.seatsTaken() + " of " + details.form().capacity()
                + " seats taken · times in " + details.form().timeZone());
        publish.setVisible(details.status() == EventStatus.DRAFT);
        cancelEvent.setVisible(details.status() != EventStatus.CANCELLED);
        links.removeAll();
        links.add(checkInButton("Check-in and attendance", null),
                new Anchor(RouteConfiguration.forSessionScope().getUrl(EventPageView.class, eventId),
                        "Public page"),
                new Anchor(EventCalendar.EVENT_PATH.substring(1) + eventId + ".ics", "Calendar (.ics)"));
        links.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        showSessions(details);
    }

    private Button checkInButton(String label, Long sessionId) {
        return new Button(label, e -> getUI().ifPresent(ui -> ui.navigate(CheckInView.class, id,
                sessionId == null ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("session", String.valueOf(sessionId))))));
    }

    private void showSessions(EventDetails details) {
        sessionsPanel.removeAll();
        sessionsPanel.setPadding(false);
        if (details.form().kind() != EventKind.CONFERENCE) {
            return;
        }
        Grid<SessionView> grid = new Grid<>();
        ZoneId zone = ZoneId.of(details.form().timeZone());
        grid.addColumn(s -> SocietyClock.format(s.startsAt(), zone)).setHeader("Starts").setAutoWidth(true);
        grid.addColumn(SessionView::title).setHeader("Session").setFlexGrow(1);
        grid.addColumn(s -> s.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(s -> s.seatsTaken() + " / " + s.capacity()).setHeader("Seats taken").setAutoWidth(true);
        grid.addColumn(s -> s.ceHours().stripTrailingZeros().toPlainString()).setHeader("CE hours")
                .setAutoWidth(true);
        grid.addComponentColumn(s -> checkInButton("Check-in", s.id())).setHeader("").setAutoWidth(true);
        grid.setItems(service.sessions(id));
        grid.setAllRowsVisible(true);

        Select<SessionKind> sessionKind = new Select<>();
        sessionKind.setLabel("Kind");
        sessionKind.setItems(SessionKind.values());
        sessionKind.setItemLabelGenerator(SessionKind::label);
        sessionKind.setValue(SessionKind.OPEN_SESSION);
        TextField sessionTitle = new TextField("Session title");
        DateTimePicker sessionStart = new DateTimePicker("Starts", details.form().startsAt());
        DateTimePicker sessionEnd = new DateTimePicker("Ends", details.form().startsAt().plusHours(2));
        sessionStart.setHelperText(inZone(zone.getId()));
        sessionEnd.setHelperText(inZone(zone.getId()));
        IntegerField sessionCapacity = new IntegerField("Capacity");
        sessionCapacity.setValue(details.form().capacity());
        BigDecimalField sessionHours = new BigDecimalField("CE hours");
        FieldMessages sessionMessages = new FieldMessages().bind("kind", sessionKind).bind("title", sessionTitle)
                .bind("startsAt", sessionStart).bind("endsAt", sessionEnd).bind("capacity", sessionCapacity)
                .bind("ceHours", sessionHours);
        Long[] editing = {null}; // the session being changed, or null for a new one
        Button addSession = new Button("Add session", e -> {
            try {
                service.saveSession(id, editing[0], new SessionForm(sessionKind.getValue(), sessionTitle.getValue(),
                        sessionStart.getValue(), sessionEnd.getValue(), sessionCapacity.getValue(),
                        sessionHours.getValue()));
                Notifications.success(editing[0] == null ? "Session added." : "Session saved.");
                load(id);
            } catch (InvalidInputException ex) {
                sessionMessages.show(ex);
            }
        });
        grid.addItemClickListener(click -> {
            SessionForm f = click.getItem().form();
            editing[0] = click.getItem().id();
            sessionKind.setValue(f.kind());
            sessionTitle.setValue(f.title());
            sessionStart.setValue(f.startsAt());
            sessionEnd.setValue(f.endsAt());
            sessionCapacity.setValue(f.capacity());
            sessionHours.setValue(f.ceHours());
            addSession.setText("Save session");
        });
        FormLayout sessionForm = new FormLayout(sessionKind, sessionTitle, sessionStart, sessionEnd, sessionCapacity,
                sessionHours);
        sessionForm.setMaxWidth("60rem");
        sessionsPanel.add(new H3("Sessions"), new Paragraph("Click a session to change it."), grid, sessionForm,
                addSession);
    }

    private void fill(EventForm f) {
        kind.setValue(f.kind());
        title.setValue(f.title() == null ? "" : f.title());
        description.setValue(f.description() == null ? "" : f.description());
        startsAt.setValue(f.startsAt());
        endsAt.setValue(f.endsAt());
        format.setValue(f.format());
        venue.setValue(f.venue() == null ? "" : f.venue());
        onlineLink.setValue(f.onlineLink() == null ? "" : f.onlineLink());
        capacity.setValue(f.capacity());
        memberPrice.setValue(f.memberPrice());
        nonMemberPrice.setValue(f.nonMemberPrice());
        earlyBirdPrice.setValue(f.earlyBirdPrice());
        earlyBirdUntil.setValue(f.earlyBirdUntil());
        registrationOpens.setValue(f.registrationOpens());
        registrationCloses.setValue(f.registrationCloses());
        cancelCutoffHours.setValue(f.cancelCutoffHours());
        offerFreedSeats.setValue(f.offerHours() != null);
        offerHours.setValue(f.offerHours() != null ? f.offerHours() : 24);
        offerHours.setEnabled(f.offerHours() != null);
        ceHours.setValue(f.ceHours());
        ceType.setValue(f.ceType());
        timeZone.setValue(f.timeZone());
        host.setValue(f.hostId() == null ? null : host.getListDataView().getItems()
                .filter(a -> a.id() == f.hostId()).findFirst().orElse(null));
        messages.clear();
    }

    EventForm form() {
        return new EventForm(kind.getValue(), title.getValue(), description.getValue(), startsAt.getValue(),
                endsAt.getValue(), format.getValue(), venue.getValue(), onlineLink.getValue(), capacity.getValue(),
                memberPrice.getValue(), nonMemberPrice.getValue(), earlyBirdPrice.getValue(), earlyBirdUntil.getValue(),
                registrationOpens.getValue(), registrationCloses.getValue(), cancelCutoffHours.getValue(),
                ceHours.getValue(), ceType.getValue(), host.getValue() == null ? null : host.getValue().id(),
                timeZone.getValue(), version,
                offerFreedSeats.getValue() ? (offerHours.getValue() == null ? 0 : offerHours.getValue()) : null);
    }

    /** The date-time pickers say which zone they are read in, as the zone chosen changes. */
    private void sayZone(String zone) {
        String text = zone == null ? "No zone chosen: the event keeps its own (a new one takes the society's)."
                : inZone(zone);
        for (DateTimePicker picker : List.of(startsAt, endsAt, earlyBirdUntil, registrationOpens,
                registrationCloses)) {
            picker.setHelperText(text);
        }
    }

    private static String inZone(String zone) {
        return "In " + ZoneField.label(zone);
    }

    private void save() {
        try {
            long saved = service.save(id, form());
            Notifications.success("Saved.");
            if (id == null) {
                getUI().ifPresent(ui -> ui.navigate(EventEditorView.class, String.valueOf(saved)));
            } else {
                load(saved);
            }
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                Notifications.success(success);
            }
            load(id);
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }
}
