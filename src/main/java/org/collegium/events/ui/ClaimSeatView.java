package org.collegium.events.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.LinkAnswer;

/** register/claim/{token}: the person a freed seat is offered to claims it (issue 13). */
@Route(value = "register/claim", autoLayout = false)
@AnonymousAllowed
public class ClaimSeatView extends HoldLinkPage {

    private final RegistrationService registrations;

    public ClaimSeatView(RegistrationService registrations, SocietyClock clock, SocietySettingsService settings,
            AuthenticationContext auth) {
        super(clock, settings, auth);
        this.registrations = registrations;
    }

    @Override
    String heading() {
        return Messages.t("events.hold.claim.heading");
    }

    @Override
    String actLabel() {
        return Messages.t("events.hold.claim.act");
    }

    @Override
    LinkAnswer look(String token) {
        return registrations.offer(token);
    }

    @Override
    LinkAnswer use(String token) {
        return registrations.claim(token);
    }
}
