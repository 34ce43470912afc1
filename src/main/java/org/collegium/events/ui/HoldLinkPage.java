package org.collegium.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Function;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.service.RegistrationService.LinkAnswer;

/**
 * The public page an emailed held-seat link opens (a guest's confirmation, a seat offer). Opening it changes
 * nothing: the person presses the button, so that a mail scanner following links books nothing. Every state
 * reads as a plain sentence, never an error page.
 */
abstract class HoldLinkPage extends VerticalLayout implements HasUrlParameter<String> {

    final Paragraph message = new Paragraph();
    final Button act = new Button();
    private final SocietyClock clock;
    private final SocietySettingsService settings;
    private final AuthenticationContext auth;

    HoldLinkPage(SocietyClock clock, SocietySettingsService settings, AuthenticationContext auth) {
        this.clock = clock;
        this.settings = settings;
        this.auth = auth;
        setMaxWidth("60rem");
        act.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    abstract String heading();

    abstract String actLabel();

    abstract LinkAnswer look(String token);

    abstract LinkAnswer use(String token);

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        show(look(token), token);
    }

    private void show(LinkAnswer answer, String token) {
        removeAll();
        add(new PublicHeader(settings.current().societyName(), auth), new H2(heading()), message);
        message.setText(sentence(answer, clock::format));
        switch (answer.state()) {
            case USABLE -> {
                act.setText(actLabel());
                act.addClickListener(click -> {
                    try {
                        show(use(token), token);
                    } catch (BusinessRuleException e) {
                        message.setText(e.getMessage());
                    }
                });
                add(act);
            }
            case LAPSED_SEATS_FREE, LAPSED_FULL -> add(new Anchor("event/" + answer.eventId(),
                    answer.state() == org.collegium.events.service.RegistrationService.LinkState.LAPSED_FULL
                            ? "Join the waitlist" : "Register again"));
            case SIGN_IN_AS_OWNER -> add(new Anchor("my/registrations", "Sign in and open My registrations"));
            default -> {
            }
        }
    }

    /** What the link can do or did, in one plain sentence. */
    static String sentence(LinkAnswer a, Function<java.time.Instant, String> format) {
        return switch (a.state()) {
            case USABLE -> a.title() + ": a place is held for you until " + format.apply(a.holdUntil()) + ".";
            case CONFIRMED -> "Your place at " + a.title() + " is confirmed. We have emailed you the details.";
            case WAITLISTED -> a.title() + " is full, so you are on the waitlist, in position " + a.waitlistPosition()
                    + ". We have emailed you.";
            case LAPSED_SEATS_FREE -> "This link has expired: the place was held until " + format.apply(a.holdUntil())
                    + ". " + a.title() + " still has places: you can register again.";
            case LAPSED_FULL -> "This link has expired: the place was held until " + format.apply(a.holdUntil())
                    + ". " + a.title() + " is now full, but you can join the waitlist.";
            case LAPSED_CLOSED -> "This link has expired: the place was held until " + format.apply(a.holdUntil())
                    + ", and " + a.title() + " no longer takes registrations.";
            case SIGN_IN_AS_OWNER -> "This seat at " + a.title() + " was offered to a member: sign in as that member "
                    + "to claim it on My registrations.";
            case INVALID -> "This link is not valid any more: it was used already, replaced by a newer email, or it "
                    + "is not complete. If you registered, check your latest email from us.";
        };
    }
}
