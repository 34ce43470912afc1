package org.collegium.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.collegium.base.service.SocietySettingsService;

/**
 * Sign in with email and password. Every failure reads the same; an attempt that came too soon after failures
 * says how long to wait, in the same words whether or not the email has an account.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String ERROR = "error";
    static final String WAIT = "wait";
    static final String EXPIRED = "expired";
    static final String FAILED_TITLE = "Incorrect email or password";

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext auth;

    public LoginView(AuthenticationContext auth, SocietySettingsService settings) {
        this.auth = auth;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n(FAILED_TITLE, "Check that you have entered the right email and password "
                + "and try again."));
        Paragraph apply = new Paragraph("Members sign in with the email address the society has on file.");
        apply.addClassName("login-hint");
        add(new H1(settings.current().societyName()), login, apply, new Anchor("join", "Not a member yet? Apply to join"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, ?> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey(WAIT)) {
            login.setI18n(i18n("Too many attempts", "Too many sign-in attempts from here. Wait "
                    + waitSeconds(event) + " seconds, then try again."));
            login.setError(true);
        } else if (params.containsKey(EXPIRED)) {
            login.setI18n(i18n("Please sign in again", "The sign-in page had expired. Enter your email and "
                    + "password once more."));
            login.setError(true);
        } else if (params.containsKey(ERROR)) {
            login.setError(true);
        }
    }

    /** The wait the server named, read as a small number only (the address is shown, never trusted). */
    private static long waitSeconds(BeforeEnterEvent event) {
        String raw = event.getLocation().getQueryParameters().getSingleParameter(WAIT).orElse("");
        return raw.matches("\\d{1,4}") ? Math.max(1, Long.parseLong(raw)) : 60;
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
