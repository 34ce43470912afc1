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
import org.collegium.accounts.service.LoginThrottle;
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
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins are slowed per address and email, never locked: three free failures, then a doubling wait (from
 * 2 s, at most 5 minutes); the owner elsewhere is not slowed; a burst from many addresses leaves each new address
 * one free try; unknown emails are slowed the same. Real authentication path, every attempt audited.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String ATTACKER = "203.0.113.9";
    private static final String OWNER = "198.51.100.7";

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired AccountBootstrap bootstrap;
    @Autowired UserAccountRepository accounts;
    @Autowired AuditEntryRepository audit;
    @Autowired LoginThrottle throttle;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;

    private AuthenticationManager authenticationManager;
    private String email;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        email = "throttle-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Thea Throttle", PASSWORD, EnumSet.of(Role.MEMBER));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeFailuresAreFreeThenTheWaitDoublesAndTheOwnerElsewhereIsNotSlowed() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore(ATTACKER, email)).isEmpty();
            fail(ATTACKER);
        }
        assertThat(throttle.waitBefore(ATTACKER, email)).contains(Duration.ofSeconds(2));
        assertThat(throttle.waitBefore(OWNER, email)).as("the owner at another address").isEmpty();
        assertThat(signIn(OWNER, PASSWORD).isAuthenticated()).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitBefore(ATTACKER, email)).isEmpty();
        fail(ATTACKER);
        assertThat(throttle.waitBefore(ATTACKER, email)).contains(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        fail(ATTACKER);
        assertThat(throttle.waitBefore(ATTACKER, email)).contains(Duration.ofSeconds(8));
    }

    @Test
    void theWaitNeverExceedsFiveMinutesAndFailuresAreForgottenAfterTheWindow() {
        for (int i = 0; i < 15; i++) {
            fail(ATTACKER);
            clock.advance(throttle.waitBefore(ATTACKER, email).orElse(Duration.ZERO));
        }
        fail(ATTACKER);
        assertThat(throttle.waitBefore(ATTACKER, email)).hasValueSatisfying(
                wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));
        assertThat(signIn(ATTACKER, PASSWORD).isAuthenticated())
                .as("even the attacker's address is never locked: the owner there gets in after the wait").isTrue();
        assertThat(throttle.waitBefore(ATTACKER, email)).as("a success clears the address's count").isEmpty();
    }

    @Test
    void aBurstFromManyAddressesLeavesEachNewAddressOneTryAndTheOwnerStillGetsIn() {
        for (int i = 0; i < 20; i++) {
            fail("192.0.2." + i);
        }
        String another = "192.0.2.200";
        assertThat(throttle.waitBefore(another, email)).isEmpty();
        fail(another);
        assertThat(throttle.waitBefore(another, email)).as("one free try under a burst").isPresent();

        assertThat(throttle.waitBefore(OWNER, email)).isEmpty();
        assertThat(signIn(OWNER, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownEmailIsSlowedExactlyLikeARealOne() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(unknown, ATTACKER, "whatever-password"))
                    .isInstanceOf(BadCredentialsException.class);
            fail(ATTACKER);
        }
        assertThat(throttle.waitBefore(ATTACKER, unknown)).isEqualTo(throttle.waitBefore(ATTACKER, email));
    }

    @Test
    void aDisabledAccountIsRefusedCountedAndAuditedLikeAWrongPassword() {
        transactions.executeWithoutResult(t -> accounts.findByEmail(email).orElseThrow().setEnabled(false));
        assertThatThrownBy(() -> signIn(ATTACKER, PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("UserAccount", id()).getFirst()
                .getAction()).isEqualTo("LOGIN_FAILED");
    }

    @Test
    void signInsFailuresAndThrottledAttemptsAreAudited() {
        fail(ATTACKER);
        signIn(OWNER, PASSWORD);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("UserAccount", id()))
                .extracting(AuditEntry::getAction)
                .containsExactly("LOGIN_SUCCEEDED", "LOGIN_FAILED", "ACCOUNT_CREATED");
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("UserAccount", id()).get(1)
                .getSummary()).contains(ATTACKER);
    }

    @Test
    void emailIsMatchedWhateverItsCase() {
        assertThat(signIn(email.toUpperCase(), OWNER, PASSWORD).getName()).isEqualTo(email);
    }

    private void fail(String address) {
        assertThatThrownBy(() -> signIn(address, "wrong-password")).isInstanceOf(BadCredentialsException.class);
    }

    private String id() {
        return String.valueOf(accounts.findByEmail(email).orElseThrow().getId());
    }

    private Authentication signIn(String address, String password) {
        return signIn(email, address, password);
    }

    private Authentication signIn(String login, String address, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(token);
    }
}
