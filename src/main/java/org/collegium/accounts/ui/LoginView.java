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
import org.collegium.accounts.service.LoginAttempts;
import org.collegium.base.service.SocietySettingsService;

/** Sign in with email and password; tells the person why a sign-in failed (wrong password, locked, disabled). */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String ERROR = "error";
    static final String LOCKED = "locked";
    static final String DISABLED = "disabled";

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext auth;
    private final LoginAttempts loginAttempts;

    public LoginView(AuthenticationContext auth, LoginAttempts loginAttempts, SocietySettingsService settings) {
        this.auth = auth;
        this.loginAttempts = loginAttempts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n("Incorrect email or password", "Check that you have entered the right email and password "
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
        if (params.containsKey(LOCKED)) {
            long minutes = loginAttempts.rules().lockout().toMinutes();
            login.setI18n(i18n("Account locked", "Too many failed sign-ins: for your safety this account is locked "
                    + "for " + minutes + " minutes. Try again later, or reset your password by email."));
            login.setError(true);
        } else if (params.containsKey(DISABLED)) {
            login.setI18n(i18n("Account disabled", "This account has been disabled. Please contact the society's "
                    + "administrator."));
            login.setError(true);
        } else if (params.containsKey(ERROR)) {
            login.setError(true);
        }
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
