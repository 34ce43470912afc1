package org.collegium.accounts.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;
import org.collegium.accounts.service.AccountPrincipal;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.PersonalChoices;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the language and time zone every service and view of this request speaks in (see base/service/Messages and
 * SocietyClock): the choice made in this browser session, else the account's (read into the session once per
 * sign-in), else the browser's Accept-Language; the zone the account chose, else the society's.
 */
class PreferencesFilter extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy securityContext;

    PreferencesFilter(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            loadAccountChoices(session);
        }
        Object language = session == null ? null : session.getAttribute(PersonalChoices.LANGUAGE);
        Locale locale = language instanceof String tag ? Messages.supported(tag) : browserLanguage(request);
        Object zone = session == null ? null : session.getAttribute(PersonalChoices.ZONE);
        LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, timeZone(zone)));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private void loadAccountChoices(HttpSession session) {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                && !principal.getUsername().equals(session.getAttribute(PersonalChoices.LOADED_FOR))) {
            if (principal.language() != null) {
                session.setAttribute(PersonalChoices.LANGUAGE, principal.language());
            }
            session.setAttribute(PersonalChoices.ZONE, principal.timeZone());
            session.setAttribute(PersonalChoices.LOADED_FOR, principal.getUsername());
        }
    }

    /** The first of the browser's languages Collegium speaks; English when it speaks none of them. */
    static Locale browserLanguage(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale offered : Messages.SUPPORTED) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return Messages.ENGLISH;
    }

    private static TimeZone timeZone(Object zone) {
        if (zone instanceof String id) {
            try {
                return TimeZone.getTimeZone(ZoneId.of(id));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
