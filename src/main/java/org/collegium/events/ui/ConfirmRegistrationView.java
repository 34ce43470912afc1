package org.collegium.events.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.LinkAnswer;

/** register/confirm/{token}: a guest confirms the registration the link was emailed for (issue 11). */
@Route(value = "register/confirm", autoLayout = false)
@AnonymousAllowed
public class ConfirmRegistrationView extends HoldLinkPage {

    private final RegistrationService registrations;

    public ConfirmRegistrationView(RegistrationService registrations, SocietyClock clock,
            SocietySettingsService settings, AuthenticationContext auth) {
        super(clock, settings, auth);
        this.registrations = registrations;
    }

    @Override
    String heading() {
        return Messages.t("events.hold.confirm.heading");
    }

    @Override
    String actLabel() {
        return Messages.t("events.hold.confirm.act");
    }

    @Override
    LinkAnswer look(String token) {
        return registrations.confirmation(token);
    }

    @Override
    LinkAnswer use(String token) {
        return registrations.confirm(token);
    }
}
