package org.collegium.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Function;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.service.RegistrationService.LinkAnswer;

/**
 * The public page an emailed held-seat link opens (a guest's confirmation, a seat offer). Opening it changes
 * nothing: the person presses the button, so that a mail scanner following links books nothing. Every state
 * reads as a plain sentence, never an error page.
 */
abstract class HoldLinkPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

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

    @Override
    public String getPageTitle() {
        return heading();
    }

    abstract String actLabel();

    abstract LinkAnswer look(String token);

    abstract LinkAnswer use(String token);

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        show(look(token), token);
    }

    private void show(LinkAnswer answer, String token) {
        removeAll();
        Main main = new Main(new H1(heading()), message);
        main.setWidthFull();
        add(new PublicHeader(settings.current().societyName(), auth, getLocale()), main);
        // the hold's end in the visitor's zone, with the event's own beside it when it differs
        message.setText(sentence(answer, at -> answer.zone() == null ? clock.format(at)
                : clock.formatAt(at, answer.zone())));
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
                main.add(act);
            }
            case LAPSED_SEATS_FREE, LAPSED_FULL -> main.add(new Anchor("event/" + answer.eventId(),
                    Messages.t(answer.state() == org.collegium.events.service.RegistrationService.LinkState.LAPSED_FULL
                            ? "events.hold.join-waitlist" : "events.hold.register-again")));
            case SIGN_IN_AS_OWNER -> main.add(new Anchor("my/registrations", Messages.t("events.hold.sign-in")));
            default -> {
            }
        }
    }

    /** What the link can do or did, in one plain sentence. */
    static String sentence(LinkAnswer a, Function<java.time.Instant, String> format) {
        return switch (a.state()) {
            case USABLE -> Messages.t("events.hold.usable", a.title(), format.apply(a.holdUntil()));
            case CONFIRMED -> Messages.t("events.hold.confirmed", a.title());
            case WAITLISTED -> Messages.t("events.hold.waitlisted", a.title(), a.waitlistPosition());
            case LAPSED_SEATS_FREE -> Messages.t("events.hold.lapsed-free", format.apply(a.holdUntil()), a.title());
            case LAPSED_FULL -> Messages.t("events.hold.lapsed-full", format.apply(a.holdUntil()), a.title());
            case LAPSED_CLOSED -> Messages.t("events.hold.lapsed-closed", format.apply(a.holdUntil()), a.title());
            case SIGN_IN_AS_OWNER -> Messages.t("events.hold.sign-in-as-owner", a.title());
            case INVALID -> Messages.t("events.hold.invalid");
        };
    }
}
