package org.collegium.accounts.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.collegium.accounts.service.AccountPrincipal;
import org.collegium.accounts.service.SessionStamps;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its next request (a page, or a Vaadin UI request from an open tab) when its account
 * was disabled or its password or roles changed (see {@link SessionStamps}). The request then goes on anonymous:
 * a page is sent to sign in, and Vaadin answers a UI request of the ended session with "session expired", so
 * nothing the request carried is applied.
 */
class SessionStampFilter extends OncePerRequestFilter {

    private final SessionStamps stamps;
    private final SecurityContextHolderStrategy securityContext;

    SessionStampFilter(SessionStamps stamps, SecurityContextHolderStrategy securityContext) {
        this.stamps = stamps;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentication auth = securityContext.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                    && !stamps.isCurrent(principal)) {
                session.invalidate();
                securityContext.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
