package org.collegium.accounts.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.collegium.accounts.service.LoginAttempts;
import org.collegium.accounts.service.LoginThrottle;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in post (POST /login): refuses a post without this session's CSRF token, then one that
 * comes too soon after failed attempts from the same address for the same email (see {@link LoginThrottle}).
 *
 * <p>Vaadin's security configurer exempts the login path from Spring's CSRF check, so a page on another site could
 * sign a victim's browser into an attacker's account (login CSRF). Vaadin's login form does send the token (it
 * reads the _csrf meta tags Vaadin writes into the page), so this filter checks it with the same repository and
 * request handler as Spring's CsrfFilter. A refused post goes back to the sign-in page, which then has a fresh
 * token (e.g. after the page was left open longer than the session lasts).
 */
class LoginGuardFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    private final CsrfTokenRepository csrfTokens;
    private final CsrfTokenRequestHandler csrfHandler;
    private final LoginThrottle throttle;
    private final LoginAttempts attempts;

    LoginGuardFilter(CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfHandler, LoginThrottle throttle,
            LoginAttempts attempts) {
        this.csrfTokens = csrfTokens;
        this.csrfHandler = csrfHandler;
        this.throttle = throttle;
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + LOGIN).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasValidCsrfToken(request, response)) {
            response.sendRedirect(request.getContextPath() + LOGIN + "?" + LoginView.EXPIRED);
            return;
        }
        String address = request.getRemoteAddr();
        String email = request.getParameter("username");
        Optional<Duration> wait = throttle.waitBefore(address, email);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            attempts.throttled(address, email, seconds);
            response.sendRedirect(request.getContextPath() + LOGIN + "?" + LoginView.WAIT + "=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean hasValidCsrfToken(HttpServletRequest request, HttpServletResponse response) {
        DeferredCsrfToken deferred = request.getAttribute(DeferredCsrfToken.class.getName()) instanceof
                DeferredCsrfToken d ? d : csrfTokens.loadDeferredToken(request, response);
        CsrfToken expected = deferred.get();
        if (deferred.isGenerated()) {
            return false; // this session never had a token: the post did not come from our page
        }
        String actual = csrfHandler.resolveCsrfTokenValue(request, expected);
        return actual != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
