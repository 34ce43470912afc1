package org.collegium.accounts.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in rules.
 *
 * @param maxFailedLogins     failed sign-ins in a row that lock an account
 * @param lockout             how long a locked account stays locked
 * @param resetTokenValidity  how long a password reset link works
 * @param baseUrl             the portal's public address, used in links sent by email
 */
@ConfigurationProperties("collegium.security")
public record AccountSecurityProperties(int maxFailedLogins, Duration lockout, Duration resetTokenValidity,
        String baseUrl) {

    public AccountSecurityProperties {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        resetTokenValidity = resetTokenValidity == null ? Duration.ofHours(1) : resetTokenValidity;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }
}
