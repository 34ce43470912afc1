package org.collegium.events.ui;

import org.collegium.base.service.NotFoundException;
import org.collegium.base.ui.NotFoundPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
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
@AnonymousAllowed
public class EventPageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final TextField firstName = new TextField(Messages.t("events.page.first-name"));
    final TextField lastName = new TextField(Messages.t("events.page.last-name"));
    final EmailField email = new EmailField(Messages.t("events.page.email"));
    final CheckboxGroup<PublicSession> sessions = new CheckboxGroup<>(Messages.t("events.page.sessions"));
    final Button register = new Button(Messages.t("events.page.register"));
    final Paragraph outcome = new Paragraph();

    private final PublicEvents events;
    private final RegistrationService registrations;
    private final SocietySettingsService settings;
    private final AuthenticationContext auth;
    private final SocietyClock clock;
    private String title;

    public EventPageView(PublicEvents events, RegistrationService registrations, SocietySettingsService settings,
            AuthenticationContext auth, SocietyClock clock) {
        this.events = events;
        this.registrations = registrations;
        this.settings = settings;
        this.auth = auth;
        this.clock = clock;
        setMaxWidth("60rem");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public String getPageTitle() {
        return title != null ? title : Messages.t("events.title.event");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        Main main = new Main();
        main.setWidthFull();
        add(new PublicHeader(settings.current().societyName(), auth, getLocale()), main);
        PublicEvent e;
        try {
            e = events.event(id);
        } catch (NotFoundException ex) {
            NotFoundPages.show(event);
            return;
        }
        title = e.cancelled() ? Messages.t("events.page.cancelled-title", e.title()) : e.title();
        main.add(new H1(title));
        if (e.cancelled()) {
            Paragraph cancelled = new Paragraph(Messages.t("events.page.cancelled"));
            cancelled.addClassName("event-cancelled");
            main.add(cancelled);
        }
        main.add(new Paragraph(factsLine(e, Messages.t("events.page.from-to", clock.formatAt(e.startsAt(), e.zone()),
                clock.formatAt(e.endsAt(), e.zone())))));
        if (e.description() != null) {
            main.add(new Paragraph(e.description()));
        }
        main.add(new Paragraph(priceLine(e, clock) + ceLine(e)),
                new Anchor(EventCalendar.EVENT_PATH.substring(1) + e.id() + ".ics", Messages.t("events.page.ics")));
        if (!e.sessions().isEmpty()) {
            sessions.setItems(e.sessions());
            sessions.setItemLabelGenerator(s -> Messages.t("events.page.session", s.title(), Messages.t(s.kind().key()),
                    clock.formatAt(s.startsAt(), e.zone()), s.seatsLeft() > 0
                            ? Messages.t("events.page.session.places-left", s.seatsLeft())
                            : Messages.t("events.page.session.full")));
            main.add(new H2(Messages.t("events.page.choose-sessions")),
                    new Paragraph(Messages.t("events.page.sessions-overlap")), sessions);
        }
        if (!e.open()) {
            if (!e.cancelled()) {
                main.add(new Paragraph(Messages.t("events.page.not-open")));
            }
            return;
        }
        boolean full = e.seatsLeft() <= 0;
        main.add(new H2(Messages.t(full ? "events.page.join-waitlist" : "events.page.register")));
        register.setText(Messages.t(full ? "events.page.join-waitlist" : "events.page.register"));
        boolean member = auth.hasRole("MEMBER");
        FieldMessages messages = new FieldMessages().bind("firstName", firstName).bind("lastName", lastName)
                .bind("email", email);
        if (!member) {
            // offered to everyone alike: the page never looks at the address (issue 11)
            Paragraph signIn = new Paragraph(Messages.t("events.page.are-you-member") + " ");
            signIn.add(new Anchor("login", Messages.t("events.page.sign-in-member-price")), new Text("."));
            main.add(signIn, new Paragraph(Messages.t("events.page.not-member")));
            FormLayout form = new FormLayout(firstName, lastName, email);
            form.setMaxWidth("40rem");
            main.add(form);
        }
        register.addClickListener(click -> {
            Set<Long> chosen = sessions.getValue().stream().map(PublicSession::id).collect(Collectors.toSet());
            try {
                if (member) {
                    List<Placed> placed = registrations.register(e.id(), chosen);
                    outcome.setText(describe(placed));
                    Notifications.success(Messages.t(placed.stream()
                            .allMatch(p -> p.status() == RegistrationStatus.WAITLISTED)
                                    ? "events.page.on-waitlist" : "events.page.registered"));
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
        main.add(register, outcome);
    }

    /** The same sentence whatever the address: never whether it is registered or a member's (issue 11). */
    static String emailed(LinkEmailed sent) {
        return Messages.t("events.page.emailed", sent.email(), sent.validFor().toMinutes());
    }

    static String describe(List<Placed> placed) {
        return placed.stream().map(p -> p.status() == RegistrationStatus.WAITLISTED
                ? Messages.t("events.page.placed.waitlisted", p.title(), p.waitlistPosition())
                : p.price().signum() > 0
                        ? Messages.t("events.page.placed.confirmed-price", p.title(), Formats.money(p.price()),
                                Messages.t(p.priceKind().key()))
                        : Messages.t("events.page.placed.confirmed", p.title()))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** "Training · Dec 1, 2026, 9:00 AM EST · In person · Room 1 · hosted by National": what, when, where, who. */
    static String factsLine(PublicEvent e, String when) {
        List<String> facts = new ArrayList<>(List.of(Messages.t(e.kind().key()), when, Messages.t(e.format().key())));
        if (e.venue() != null) {
            facts.add(e.venue());
        }
        facts.add(Messages.t("events.page.hosted-by", e.hostName()));
        return String.join(" · ", facts);
    }

    /** " · 6 APA CE hours", or nothing for an event without CE. */
    static String ceLine(PublicEvent e) {
        return e.ceHours().signum() > 0 && e.ceType() != null
                ? Messages.t("events.page.ce", Formats.decimal(e.ceHours(), 2), Messages.t(e.ceType().key()))
                : "";
    }

    static String priceLine(PublicEvent e, SocietyClock clock) {
        if (e.memberPrice().signum() == 0 && e.nonMemberPrice().signum() == 0) {
            return Messages.t("events.price.free");
        }
        String early = e.earlyBirdPrice() == null ? "" : Messages.t("events.page.early-bird",
                Formats.money(e.earlyBirdPrice()), clock.formatAt(e.earlyBirdUntil(), e.zone()));
        return Messages.t("events.page.prices", Formats.money(e.memberPrice()), early,
                Formats.money(e.nonMemberPrice()));
    }
}
