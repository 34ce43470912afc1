package org.collegium.accounts.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in rules (the address in emailed links is {@link org.collegium.base.service.PortalAddress}'s).
 *
 * @param freeFailedLogins    failed sign-ins from one address for one email within the window before each next
 *                            attempt from there must wait
 * @param failedLoginWindow   how long a failure counts
 * @param firstLoginDelay     the first wait; it doubles with each further failure
 * @param maxLoginDelay       the longest wait (so nobody is ever locked out for longer)
 * @param accountBurst        failures for one email (from all addresses) within the window from which every
 *                            address gets only one free attempt for it
 * @param resetTokenValidity  how long a password reset link works
 */
@ConfigurationProperties("collegium.security")
public record AccountSecurityProperties(int freeFailedLogins, Duration failedLoginWindow, Duration firstLoginDelay,
        Duration maxLoginDelay, int accountBurst, Duration resetTokenValidity) {

    public AccountSecurityProperties {
        freeFailedLogins = freeFailedLogins <= 0 ? 3 : freeFailedLogins;
        failedLoginWindow = failedLoginWindow == null ? Duration.ofMinutes(15) : failedLoginWindow;
        firstLoginDelay = firstLoginDelay == null ? Duration.ofSeconds(2) : firstLoginDelay;
        maxLoginDelay = maxLoginDelay == null ? Duration.ofMinutes(5) : maxLoginDelay;
        accountBurst = accountBurst <= 0 ? 20 : accountBurst;
        resetTokenValidity = resetTokenValidity == null ? Duration.ofHours(1) : resetTokenValidity;
    }
}
