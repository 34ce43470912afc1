package org.collegium.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.ui.LanguageSwitch;

/**
 * Sign in with email and password. Every failure reads the same; an attempt that came too soon after failures
 * says how long to wait, in the same words whether or not the email has an account. The language switch comes
 * first, so that a visitor can read the page in their language before signing in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ERROR = "error";
    static final String WAIT = "wait";
    static final String EXPIRED = "expired";

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext auth;

    public LoginView(AuthenticationContext auth, SocietySettingsService settings) {
        this.auth = auth;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n(Messages.t("accounts.login.failed.title"), Messages.t("accounts.login.failed.message")));
        Paragraph apply = new Paragraph(Messages.t("accounts.login.hint"));
        apply.addClassName("login-hint");
        Main main = new Main(new H1(settings.current().societyName()), login, apply,
                new Anchor("join", Messages.t("accounts.login.join")));
        main.addClassName("login-main");
        add(new LanguageSwitch(Messages.current()), main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, ?> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey(WAIT)) {
            login.setI18n(i18n(Messages.t("accounts.login.wait.title"),
                    Messages.t("accounts.login.wait.message", String.valueOf(waitSeconds(event)))));
            login.setError(true);
        } else if (params.containsKey(EXPIRED)) {
            login.setI18n(i18n(Messages.t("accounts.login.expired.title"), Messages.t("accounts.login.expired.message")));
            login.setError(true);
        } else if (params.containsKey(ERROR)) {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return Messages.t("accounts.login.title");
    }

    /** The wait the server named, read as a small number only (the address is shown, never trusted). */
    private static long waitSeconds(BeforeEnterEvent event) {
        String raw = event.getLocation().getQueryParameters().getSingleParameter(WAIT).orElse("");
        return raw.matches("\\d{1,4}") ? Math.max(1, Long.parseLong(raw)) : 60;
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Messages.t("accounts.login.title"));
        i18n.getForm().setUsername(Messages.t("accounts.login.email"));
        i18n.getForm().setPassword(Messages.t("accounts.login.password"));
        i18n.getForm().setForgotPassword(Messages.t("accounts.login.forgot"));
        i18n.getForm().setSubmit(Messages.t("accounts.login.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(Messages.t("accounts.login.email.required"));
        i18n.getErrorMessage().setPassword(Messages.t("accounts.login.password.required"));
        return i18n;
    }
}
