package org.collegium.accounts.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in rules (the address in emailed links is {@link org.collegium.base.service.PortalAddress}'s).
 *
 * @param maxFailedLogins     failed sign-ins in a row that lock an account
 * @param lockout             how long a locked account stays locked
 * @param resetTokenValidity  how long a password reset link works
 */
@ConfigurationProperties("collegium.security")
public record AccountSecurityProperties(int maxFailedLogins, Duration lockout, Duration resetTokenValidity) {

    public AccountSecurityProperties {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        resetTokenValidity = resetTokenValidity == null ? Duration.ofHours(1) : resetTokenValidity;
    }
}
