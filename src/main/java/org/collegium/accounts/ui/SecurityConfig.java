package org.collegium.accounts.ui;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.collegium.accounts.service.LoginAttempts;
import org.collegium.accounts.service.LoginThrottle;
import org.collegium.accounts.service.SessionStamps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's login flow (with its post CSRF-checked and throttled), sessions that end when their
 * account changes, method security for every service, and security headers. The content
 * security policy keeps everything on our own origin; Vaadin's client needs inline scripts and eval.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler loginFailureHandler,
            LoginThrottle loginThrottle, LoginAttempts loginAttempts, SessionStamps sessionStamps,
            ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll()
                // calendar files: a published event's, and members' feeds behind their secret token
                .requestMatchers("/ics/**").permitAll()
                // the public pages for search engines (listings/ui/SitemapController)
                .requestMatchers("/sitemap.xml").permitAll()
                // one-click unsubscribe (RFC 8058, communications/ui/UnsubscribeController): the signed token is the
                // permission; a mail client posts with no session and no CSRF token
                .requestMatchers("/unsubscribe/*").permitAll());
        // the login page is the Vaadin LoginView (named here too, or Spring would add its own default page)
        http.formLogin(form -> form.loginPage("/login").failureHandler(loginFailureHandler));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        // named, so that the sign-in post is checked against the very token store and handler Spring's filter uses
        var csrfTokens = new HttpSessionCsrfTokenRepository();
        var csrfHandler = new XorCsrfTokenRequestAttributeHandler();
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(csrfHandler)
                .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(org.springframework.http.HttpMethod.POST, "/unsubscribe/*")));
        http.addFilterBefore(new LoginGuardFilter(csrfTokens, csrfHandler, loginThrottle, loginAttempts),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new SessionStampFilter(sessionStamps,
                securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.addFilterAfter(new PreferencesFilter(
                securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SessionStampFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
