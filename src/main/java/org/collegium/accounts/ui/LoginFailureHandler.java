package org.collegium.accounts.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends every failed sign-in back to the login view with the same answer, whatever the reason (unknown email,
 * wrong password, disabled account): the page must not tell a stranger which accounts exist or their state.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        redirect.sendRedirect(request, response, "/login?" + LoginView.ERROR);
    }
}
