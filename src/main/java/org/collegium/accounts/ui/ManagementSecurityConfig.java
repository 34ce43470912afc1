package org.collegium.accounts.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.collegium.accounts.domain.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own filter chain, before the portal's ({@link SecurityConfig}): the health probes are public (a
 * load balancer or an orchestrator asks them without an account; they show only UP or DOWN to anyone but an
 * administrator), everything else under /actuator needs ADMIN, by HTTP Basic (a Prometheus scraper) or by the
 * signed-in session. The same holds on a separate management port (MANAGEMENT_SERVER_PORT).
 */
@Configuration
public class ManagementSecurityConfig {

    static final String ACTUATOR = "/actuator/**";

    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http) {
        http.securityMatcher(ACTUATOR)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .anyRequest().hasAuthority(Role.ADMIN.authority()))
                // the status is set, not sent as an error: an error dispatch would reach the portal's chain, which
                // answers a stranger with a redirect to sign in instead of 401
                .httpBasic(basic -> basic.authenticationEntryPoint(ManagementSecurityConfig::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ManagementSecurityConfig::unauthorized)
                        .accessDeniedHandler((request, response, denied) ->
                                response.setStatus(HttpServletResponse.SC_FORBIDDEN)));
        return http.build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Collegium\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
