package org.collegium.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.collegium.base.service.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Temporarily unavailable</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="%s/styles/collegium.css"></head>
                <body class="error-page"><main><h1>Temporarily unavailable</h1><p>%s</p>
                <p><a href="%s">Try again</a></p></main></body></html>
                """.formatted(HtmlUtils.htmlEscape(request.getContextPath()), HtmlUtils.htmlEscape(DatabaseOutage.MESSAGE),
                HtmlUtils.htmlEscape(back)));
    }
}
