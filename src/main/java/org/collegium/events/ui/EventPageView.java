package org.collegium.events.ui;

import org.collegium.base.service.NotFoundException;
import org.collegium.base.ui.NotFoundPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventCalendar;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.PublicEvents.PublicEvent;
import org.collegium.events.service.PublicEvents.PublicSession;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.LinkEmailed;
import org.collegium.events.service.RegistrationService.Placed;

/**
 * One published event for anyone: what, when, where, price and CE, and registration. A signed-in member
 * registers with one click; anyone else by name and email (at the non-member price).
 */
@Route(value = "event", autoLayout = false)
@PageTitle("Event")
@AnonymousAllowed
public class EventPageView extends VerticalLayout implements HasUrlParameter<Long> {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<PublicSession> sessions = new CheckboxGroup<>("Sessions");
    final Button register = new Button("Register");
    final Paragraph outcome = new Paragraph();

    private final PublicEvents events;
    private final RegistrationService registrations;
    private final SocietySettingsService settings;
    private final AuthenticationContext auth;

    public EventPageView(PublicEvents events, RegistrationService registrations, SocietySettingsService settings,
            AuthenticationContext auth) {
        this.events = events;
        this.registrations = registrations;
        this.settings = settings;
        this.auth = auth;
        setMaxWidth("60rem");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        add(new PublicHeader(settings.current().societyName(), auth));
        PublicEvent e;
        try {
            e = events.event(id);
        } catch (NotFoundException ex) {
            NotFoundPages.show(event);
            return;
        }
        add(new H2(e.cancelled() ? "Cancelled: " + e.title() : e.title()));
        if (e.cancelled()) {
            Paragraph cancelled = new Paragraph("Cancelled: this event will not take place. Registrants have been "
                    + "emailed.");
            cancelled.addClassName("event-cancelled");
            add(cancelled);
        }
        add(new Paragraph(e.kind().label() + " · " + SocietyClock.format(e.startsAt(), e.zone()) + " to "
                + SocietyClock.format(e.endsAt(), e.zone()) + " · " + e.format().label()
                + (e.venue() == null ? "" : " · " + e.venue()) + " · hosted by " + e.hostName()));
        if (e.description() != null) {
            add(new Paragraph(e.description()));
        }
        add(new Paragraph(priceLine(e) + ceLine(e)),
                new Anchor(EventCalendar.EVENT_PATH.substring(1) + e.id() + ".ics", "Add to my calendar (.ics)"));
        if (!e.sessions().isEmpty()) {
            sessions.setItems(e.sessions());
            sessions.setItemLabelGenerator(s -> s.title() + " (" + s.kind().label() + ") · "
                    + SocietyClock.format(s.startsAt(), e.zone()) + " · "
                    + (s.seatsLeft() > 0 ? s.seatsLeft() + " places left" : "full: waitlist"));
            add(new H3("Choose your sessions"), new Paragraph("Sessions that overlap cannot both be chosen."),
                    sessions);
        }
        if (!e.open()) {
            if (!e.cancelled()) {
                add(new Paragraph("Registration is not open for this event."));
            }
            return;
        }
        boolean full = e.seatsLeft() <= 0;
        add(new H3(full ? "Join the waitlist" : "Register"));
        register.setText(full ? "Join the waitlist" : "Register");
        boolean member = auth.hasRole("MEMBER");
        FieldMessages messages = new FieldMessages().bind("firstName", firstName).bind("lastName", lastName)
                .bind("email", email);
        if (!member) {
            // offered to everyone alike: the page never looks at the address (issue 11)
            Paragraph signIn = new Paragraph("Are you a member? ");
            signIn.add(new Anchor("login", "Sign in to register at the member price"), new Text("."));
            add(signIn, new Paragraph("Not a member? Register with your name and email. We email you a link to "
                    + "confirm your place."));
            FormLayout form = new FormLayout(firstName, lastName, email);
            form.setMaxWidth("40rem");
            add(form);
        }
        register.addClickListener(click -> {
            Set<Long> chosen = sessions.getValue().stream().map(PublicSession::id).collect(Collectors.toSet());
            try {
                if (member) {
                    List<Placed> placed = registrations.register(e.id(), chosen);
                    outcome.setText(describe(placed));
                    Notifications.success(placed.stream().allMatch(p -> p.status() == RegistrationStatus.WAITLISTED)
                            ? "You are on the waitlist. We have emailed you your position."
                            : "Registered. We have emailed you a confirmation.");
                } else {
                    outcome.setText(emailed(registrations.registerGuest(e.id(), new Guest(firstName.getValue(),
                            lastName.getValue(), email.getValue()), chosen)));
                }
                messages.clear();
                register.setEnabled(false);
            } catch (InvalidInputException ex) {
                messages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        add(register, outcome);
    }

    /** The same sentence whatever the address: never whether it is registered or a member's (issue 11). */
    static String emailed(LinkEmailed sent) {
        return "We've emailed a link to " + sent.email() + "; open it within " + sent.validFor().toMinutes()
                + " minutes to confirm your place.";
    }

    static String describe(List<Placed> placed) {
        return placed.stream().map(p -> p.title() + ": " + (p.status() == RegistrationStatus.WAITLISTED
                ? "you are on the waitlist, in position " + p.waitlistPosition()
                : "confirmed" + (p.price().signum() > 0 ? ", $" + p.price() + " (" + p.priceKind().label() + ")" : "")))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** " · 6 APA CE hours", or nothing for an event without CE. */
    static String ceLine(PublicEvent e) {
        return e.ceHours().signum() > 0 && e.ceType() != null
                ? " · " + e.ceHours().stripTrailingZeros().toPlainString() + " " + e.ceType().label() + " CE hours"
                : "";
    }

    static String priceLine(PublicEvent e) {
        if (e.memberPrice().signum() == 0 && e.nonMemberPrice().signum() == 0) {
            return "Free";
        }
        String early = e.earlyBirdPrice() == null ? "" : " ($" + e.earlyBirdPrice() + " early bird until "
                + SocietyClock.format(e.earlyBirdUntil(), e.zone()) + ")";
        return "Members $" + e.memberPrice() + early + " · non-members $" + e.nonMemberPrice();
    }
}
