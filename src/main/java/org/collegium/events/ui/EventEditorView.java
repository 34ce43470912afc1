package org.collegium.events.ui;

import org.collegium.base.ui.ConfirmDestructive;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.events.service.EventService.CeCategories;

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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.RowOpening;
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
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class EventEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String NEW = "new";
    /** The evaluations feature's page of an event's evaluation form and summary. */
    static final String EVALUATION_PATH = "events/evaluation/";

    final Select<EventKind> kind = new Select<>();
    final TextField title = new TextField(Messages.t("events.editor.title"));
    final TextArea description = new TextArea(Messages.t("events.editor.description"));
    final DateTimePicker startsAt = new DateTimePicker(Messages.t("events.editor.starts"));
    final DateTimePicker endsAt = new DateTimePicker(Messages.t("events.editor.ends"));
    final Select<EventFormat> format = new Select<>();
    final TextField venue = new TextField(Messages.t("events.editor.venue"));
    final TextField onlineLink = new TextField(Messages.t("events.editor.online-link"));
    final IntegerField capacity = new IntegerField(Messages.t("events.editor.capacity"));
    final BigDecimalField memberPrice = new MoneyField(Messages.t("events.editor.member-price"));
    final BigDecimalField nonMemberPrice = new MoneyField(Messages.t("events.editor.non-member-price"));
    final BigDecimalField earlyBirdPrice = new MoneyField(Messages.t("events.editor.early-bird-price"));
    final DateTimePicker earlyBirdUntil = new DateTimePicker(Messages.t("events.editor.early-bird-until"));
    final DateTimePicker registrationOpens = new DateTimePicker(Messages.t("events.editor.registration-opens"));
    final DateTimePicker registrationCloses = new DateTimePicker(Messages.t("events.editor.registration-closes"));
    final IntegerField cancelCutoffHours = new IntegerField(Messages.t("events.editor.cancel-cutoff"));
    // issue 13: a freed seat goes to the first waitlisted person at once (unticked) or is offered for some hours
    final Checkbox offerFreedSeats = new Checkbox(Messages.t("events.editor.offer-freed-seats"));
    final IntegerField offerHours = new IntegerField(Messages.t("events.editor.offer-hours"));
    final BigDecimalField ceHours = new BigDecimalField(Messages.t("events.editor.ce-hours"));
    final Select<CeType> ceType = new Select<>();
    // issue 16: the categories its CE counts in (its sessions' CE too); delivery follows the format
    final Select<CeFormality> ceFormality = new Select<>();
    final CheckboxGroup<CeTopic> ceTopics = new CheckboxGroup<>(Messages.t("events.editor.ce-topics"));
    final ComboBox<AffiliateOption> host = new ComboBox<>(Messages.t("events.editor.host"));
    final ComboBox<String> timeZone = new ZoneField(Messages.t("events.editor.time-zone"));
    final Button save = new Button(Messages.t("events.editor.save"));
    final Button publish = new Button(Messages.t("events.editor.publish"));
    final Button cancelEvent = new Button(Messages.t("events.editor.cancel-event"));
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
        kind.setLabel(Messages.t("events.editor.type"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> Messages.t(k.key()));
        format.setLabel(Messages.t("events.editor.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(x -> Messages.t(x.key()));
        ceType.setLabel(Messages.t("events.editor.ce-type"));
        ceType.setItems(CeType.values());
        ceType.setItemLabelGenerator(t -> t == null ? Messages.t("events.editor.none") : Messages.t(t.key()));
        ceType.setEmptySelectionAllowed(true);
        ceType.setEmptySelectionCaption(Messages.t("events.editor.none"));
        ceFormality.setLabel(Messages.t("events.editor.ce-formality"));
        ceFormality.setItems(CeFormality.values());
        ceFormality.setItemLabelGenerator(CeFormality::label);
        ceFormality.setHelperText(Messages.t("events.editor.ce-formality.help"));
        ceTopics.setItems(CeTopic.values());
        ceTopics.setItemLabelGenerator(CeTopic::label);
        ceTopics.setHelperText(Messages.t("events.editor.ce-topics.help"));
        host.setItems(affiliates.options());
        host.setItemLabelGenerator(AffiliateOption::name);
        host.setPlaceholder(Messages.t("events.host.national"));
        host.setClearButtonVisible(true);
        host.setReadOnly(!auth.hasAnyRole("ADMIN", "BOARD")); // an affiliate administrator hosts for their own
        title.setRequiredIndicatorVisible(true);
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText(Messages.t("events.editor.time-zone.help"));
        timeZone.addValueChangeListener(e -> sayZone(e.getValue()));
        for (DateTimePicker picker : List.of(startsAt, endsAt, earlyBirdUntil, registrationOpens,
                registrationCloses)) {
            picker.setLocale(getLocale()); // dates as the person's language writes them
        }
        messages = new FieldMessages().bind("kind", kind).bind("title", title).bind("description", description)
                .bind("startsAt", startsAt).bind("endsAt", endsAt).bind("format", format).bind("venue", venue)
                .bind("onlineLink", onlineLink).bind("capacity", capacity).bind("memberPrice", memberPrice)
                .bind("nonMemberPrice", nonMemberPrice).bind("earlyBirdPrice", earlyBirdPrice)
                .bind("earlyBirdUntil", earlyBirdUntil).bind("registrationOpens", registrationOpens)
                .bind("registrationCloses", registrationCloses).bind("cancelCutoffHours", cancelCutoffHours)
                .bind("ceHours", ceHours).bind("ceType", ceType).bind("timeZone", timeZone)
                .bind("ceFormality", ceFormality).bind("ceTopics", ceTopics)
                .bind("offerHours", offerHours);
        offerHours.setHelperText(Messages.t("events.editor.offer-hours.help"));
        offerFreedSeats.addValueChangeListener(e -> offerHours.setEnabled(e.getValue()));
        FormLayout form = new FormLayout(kind, title, timeZone, startsAt, endsAt, format, host, venue, onlineLink,
                capacity, cancelCutoffHours, memberPrice, nonMemberPrice, earlyBirdPrice, earlyBirdUntil,
                registrationOpens, registrationCloses, ceHours, ceType, ceFormality, ceTopics, offerFreedSeats, offerHours,
                description);
        form.setColspan(description, 2);
        form.setColspan(ceTopics, 2);
        form.setMaxWidth("60rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.addClickListener(e -> act(() -> service.publish(id), Messages.t("events.editor.published")));
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
        String text = Messages.t("events.editor.cancel.text", impact.people())
                + (withdraw ? " " + Messages.t("events.editor.cancel.attended", impact.attended()) : "");
        ConfirmDestructive.open(Messages.t("events.editor.cancel.header"), text, Messages.t(withdraw
                ? "events.editor.cancel.confirm-withdraw" : "events.editor.cancel.confirm"),
                Messages.t("events.dialog.keep"), () -> act(() -> {
                    int told = service.cancel(id, withdraw);
                    Notifications.success(Messages.t("events.editor.cancelled", told));
                }, null));
    }

    @Override
    public String getPageTitle() {
        return Messages.t("events.title.event");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            id = null;
            version = 0;
            fill(service.blank());
            heading.setText(Messages.t("events.editor.new"));
            state.setText(Messages.t("events.editor.new.state", clock.zone().getId()));
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
        state.setText(Messages.t("events.editor.state", Messages.t(details.status().key()), details.seatsTaken(),
                details.form().capacity(), details.form().timeZone()));
        publish.setVisible(details.status() == EventStatus.DRAFT);
        cancelEvent.setVisible(details.status() != EventStatus.CANCELLED);
        links.removeAll();
        links.add(checkInButton(Messages.t("events.editor.check-in-link"), null),
                new Anchor(RouteConfiguration.forSessionScope().getUrl(EventPageView.class, eventId),
                        Messages.t("events.editor.public-page")),
                new Anchor(EventCalendar.EVENT_PATH.substring(1) + eventId + ".ics",
                        Messages.t("events.editor.ics")),
                // its evaluation form and summary (the evaluations feature's page, by address: no import cycle)
                new Anchor(EVALUATION_PATH + eventId, Messages.t("events.editor.evaluation")));
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
        grid.addColumn(s -> clock.formatAt(s.startsAt(), zone)).setHeader(Messages.t("events.editor.sessions.starts"))
                .setAutoWidth(true);
        grid.addColumn(SessionView::title).setHeader(Messages.t("events.editor.sessions.session")).setFlexGrow(1);
        grid.addColumn(s -> Messages.t(s.kind().key())).setHeader(Messages.t("events.editor.sessions.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.integer(s.seatsTaken()) + " / " + Formats.integer(s.capacity()))
                .setHeader(Messages.t("events.editor.sessions.seats-taken")).setAutoWidth(true);
        grid.addColumn(s -> Formats.decimal(s.ceHours(), 2)).setHeader(Messages.t("events.editor.sessions.ce-hours"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> checkInButton(Messages.t("events.editor.sessions.check-in"), s.id()))
                .setHeader(Messages.t("events.editor.sessions.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItems(service.sessions(id));
        grid.setAllRowsVisible(true);

        Select<SessionKind> sessionKind = new Select<>();
        sessionKind.setLabel(Messages.t("events.editor.sessions.kind"));
        sessionKind.setItems(SessionKind.values());
        sessionKind.setItemLabelGenerator(k -> Messages.t(k.key()));
        sessionKind.setValue(SessionKind.OPEN_SESSION);
        TextField sessionTitle = new TextField(Messages.t("events.editor.sessions.title"));
        DateTimePicker sessionStart = new DateTimePicker(Messages.t("events.editor.starts"), details.form().startsAt());
        DateTimePicker sessionEnd = new DateTimePicker(Messages.t("events.editor.ends"), details.form().startsAt().plusHours(2));
        sessionStart.setLocale(getLocale());
        sessionEnd.setLocale(getLocale());
        sessionStart.setHelperText(inZone(zone.getId()));
        sessionEnd.setHelperText(inZone(zone.getId()));
        IntegerField sessionCapacity = new IntegerField(Messages.t("events.editor.capacity"));
        sessionCapacity.setValue(details.form().capacity());
        BigDecimalField sessionHours = new BigDecimalField(Messages.t("events.editor.ce-hours"));
        FieldMessages sessionMessages = new FieldMessages().bind("kind", sessionKind).bind("title", sessionTitle)
                .bind("startsAt", sessionStart).bind("endsAt", sessionEnd).bind("capacity", sessionCapacity)
                .bind("ceHours", sessionHours);
        Long[] editing = {null}; // the session being changed, or null for a new one
        Button addSession = new Button(Messages.t("events.editor.sessions.add"), e -> {
            try {
                service.saveSession(id, editing[0], new SessionForm(sessionKind.getValue(), sessionTitle.getValue(),
                        sessionStart.getValue(), sessionEnd.getValue(), sessionCapacity.getValue(),
                        sessionHours.getValue()));
                Notifications.success(Messages.t(editing[0] == null ? "events.editor.sessions.added" : "events.editor.sessions.saved"));
                load(id);
            } catch (InvalidInputException ex) {
                sessionMessages.show(ex);
            }
        });
        RowOpening.opens(grid, item -> { // on click and on Enter
            SessionForm f = item.form();
            editing[0] = item.id();
            sessionKind.setValue(f.kind());
            sessionTitle.setValue(f.title());
            sessionStart.setValue(f.startsAt());
            sessionEnd.setValue(f.endsAt());
            sessionCapacity.setValue(f.capacity());
            sessionHours.setValue(f.ceHours());
            addSession.setText(Messages.t("events.editor.sessions.save"));
        });
        FormLayout sessionForm = new FormLayout(sessionKind, sessionTitle, sessionStart, sessionEnd, sessionCapacity,
                sessionHours);
        sessionForm.setMaxWidth("60rem");
        sessionsPanel.add(new H3(Messages.t("events.editor.sessions.heading")),
                new Paragraph(Messages.t("events.editor.sessions.help")), grid, sessionForm,
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
        CeCategories ce = f.ce() == null ? CeCategories.DEFAULT : f.ce();
        ceFormality.setValue(ce.formality());
        ceTopics.setValue(ce.topics());
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
                offerFreedSeats.getValue() ? (offerHours.getValue() == null ? 0 : offerHours.getValue()) : null,
                new CeCategories(ceFormality.getValue(), ceTopics.getValue()));
    }

    /** The date-time pickers say which zone they are read in, as the zone chosen changes. */
    private void sayZone(String zone) {
        String text = zone == null ? Messages.t("events.editor.no-zone") : inZone(zone);
        for (DateTimePicker picker : List.of(startsAt, endsAt, earlyBirdUntil, registrationOpens,
                registrationCloses)) {
            picker.setHelperText(text);
        }
    }

    private static String inZone(String zone) {
        return Messages.t("events.editor.in-zone", ZoneField.label(zone));
    }

    private void save() {
        try {
            long saved = service.save(id, form());
            Notifications.success(Messages.t("events.editor.saved"));
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
