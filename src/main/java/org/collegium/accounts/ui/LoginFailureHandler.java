package org.collegium.accounts.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.collegium.accounts.service.LoginAttempts;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.ui.OutagePage;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the login view with the reason it can tell the person; when the database is
 * down, answers the friendly 503 page instead.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginAttempts loginAttempts;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    LoginFailureHandler(LoginAttempts loginAttempts) {
        this.loginAttempts = loginAttempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (DatabaseOutage.causedBy(exception)) {
            // the account could not be looked up: say so rather than "wrong password"
            OutagePage.write(request, response);
            return;
        }
        String reason;
        if (exception instanceof LockedException || loginAttempts.isLocked(request.getParameter("username"))) {
            reason = LoginView.LOCKED;
        } else if (exception instanceof DisabledException) {
            reason = LoginView.DISABLED;
        } else {
            reason = LoginView.ERROR;
        }
        redirect.sendRedirect(request, response, "/login?" + reason);
    }
}
