package org.collegium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Five failed sign-ins lock an account for 15 minutes; every attempt is audited. Real authentication path. */
@IntegrationTest
class LoginLockoutTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired AccountBootstrap bootstrap;
    @Autowired UserAccountRepository accounts;
    @Autowired AuditEntryRepository audit;
    @Autowired MutableClock clock;

    private AuthenticationManager authenticationManager;
    private String email;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        email = "lockout-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Lou Lockout", PASSWORD, EnumSet.of(Role.MEMBER));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fourFailuresDoNotLockAndASuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(accounts.findByEmail(email).orElseThrow().getFailedLoginCount()).isEqualTo(4);
        signIn(PASSWORD);
        assertThat(accounts.findByEmail(email).orElseThrow().getFailedLoginCount()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(PASSWORD); // still not locked: the count started again after the success
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(accounts.findByEmail(email).orElseThrow().getLockedUntil())
                .isEqualTo(Instant.parse("2026-03-10T15:15:00Z"));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void signInsFailuresAndTheLockoutAreAudited() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(16));
        signIn(PASSWORD);

        String id = String.valueOf(accounts.findByEmail(email).orElseThrow().getId());
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("UserAccount", id))
                .extracting(AuditEntry::getAction)
                .containsExactly("LOGIN_SUCCEEDED", "LOGIN_REFUSED_LOCKED", "ACCOUNT_LOCKED", "LOGIN_FAILED",
                        "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "ACCOUNT_CREATED");
    }

    @Test
    void emailIsMatchedWhateverItsCase() {
        assertThat(signIn(email.toUpperCase(), PASSWORD).getName()).isEqualTo(email);
    }

    private org.springframework.security.core.Authentication signIn(String password) {
        return signIn(email, password);
    }

    private org.springframework.security.core.Authentication signIn(String login, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }
}
