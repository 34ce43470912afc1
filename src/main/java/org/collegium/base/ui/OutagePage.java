package org.collegium.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The friendly 503 page for requests outside Vaadin's views (sign-in, calendar files, downloads) when the
 * database cannot be reached: a filter in front of everything (Spring Security included) turns such a failure
 * into this page instead of an error page with a stack trace. Vaadin's own pages use {@link ErrorView}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class OutagePage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OutagePage.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            write(request, response);
        }
    }

    /** Answers 503 with the outage message and a link back to where the person was going. */
    public static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/html;charset=UTF-8");
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI() : request.getContextPath() + "/";
        Locale language = language(request);
        String title = HtmlUtils.htmlEscape(Messages.in(language, "base.outage.title"));
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="%s/styles/collegium.css"></head>
                <body class="error-page"><main><h1>%s</h1><p>%s</p>
                <p><a href="%s">%s</a></p></main></body></html>
                """.formatted(Messages.tag(language), title, HtmlUtils.htmlEscape(request.getContextPath()), title,
                HtmlUtils.htmlEscape(Messages.in(language, DatabaseOutage.MESSAGE)), HtmlUtils.htmlEscape(back),
                HtmlUtils.htmlEscape(Messages.in(language, "base.outage.retry"))));
    }

    /**
     * The person's language: the request's, when the preferences filter has set it (sign-in), else the one chosen
     * in this browser session, else the browser's (this filter runs outside the security chain).
     */
    static Locale language(HttpServletRequest request) {
        if (LocaleContextHolder.getLocaleContext() != null && LocaleContextHolder.getLocaleContext().getLocale() != null) {
            return Messages.current();
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(PersonalChoices.LANGUAGE);
        if (chosen instanceof String tag) {
            return Messages.supported(tag);
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale offered : Messages.SUPPORTED) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return Messages.ENGLISH;
    }
}
