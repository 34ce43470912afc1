package org.collegium.accounts.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.ui.OutagePage;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends every failed sign-in back to the login view with the same answer, whatever the reason (unknown email,
 * wrong password, disabled account): the page must not tell a stranger which accounts exist or their state. When the
 * database is down the account could not be looked up at all: the friendly 503 page says so instead.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (DatabaseOutage.causedBy(exception)) {
            OutagePage.write(request, response);
            return;
        }
        redirect.sendRedirect(request, response, "/login?" + LoginView.ERROR);
    }
}
