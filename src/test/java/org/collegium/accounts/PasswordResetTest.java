package org.collegium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.PasswordResetService;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Reset links: emailed through the outbox, stored hashed, single use, expire after an hour. */
@IntegrationTest
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired PasswordResetService resets;
    @Autowired AccountBootstrap bootstrap;
    @Autowired UserAccountRepository accounts;
    @Autowired OutboxMessageRepository outbox;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired MutableClock clock;

    private String email;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-05-01T12:00:00Z"));
        email = "reset-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Rae Reset", "original-password", EnumSet.of(Role.MEMBER));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLinkSetsTheNewPasswordOnceAndOnlyOnce() {
        resets.requestReset(email);
        String token = latestToken();

        assertThat(resets.isUsable(token)).isTrue();
        resets.resetPassword(token, "a-brand-new-password");
        assertThat(passwordEncoder.matches("a-brand-new-password",
                accounts.findByEmail(email).orElseThrow().getPasswordHash())).isTrue();

        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, "yet-another-password"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not valid any more");
    }

    @Test
    void aLinkExpiresAfterOneHour() {
        resets.requestReset(email);
        String token = latestToken();

        clock.advance(Duration.ofMinutes(59));
        assertThat(resets.isUsable(token)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, "a-brand-new-password"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aNewerLinkMakesTheOlderOneWorthless() {
        resets.requestReset(email);
        String first = latestToken();
        resets.requestReset(email);
        String second = latestToken();

        assertThat(second).isNotEqualTo(first);
        assertThat(resets.isUsable(first)).isFalse();
        assertThat(resets.isUsable(second)).isTrue();
    }

    @Test
    void theTokenItselfIsNeverStored() {
        resets.requestReset(email);
        String token = latestToken();
        Long tokens = countRowsWith(token);
        assertThat(tokens).isZero();
    }

    @Test
    void anUnknownAddressGetsNoEmailAndNoError() {
        long before = outbox.count();
        resets.requestReset("nobody-" + UUID.randomUUID() + "@example.org");
        resets.requestReset("not an email");
        assertThat(outbox.count()).isEqualTo(before);
    }

    @Test
    void theNewPasswordMustFollowThePolicy() {
        resets.requestReset(email);
        String token = latestToken();
        assertThatThrownBy(() -> resets.resetPassword(token, "short"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at least 10 characters");
        assertThat(resets.isUsable(token)).isTrue(); // a rejected password does not spend the link
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Long countRowsWith(String token) {
        return jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?", Long.class,
                token);
    }

    private String latestToken() {
        List<OutboxMessage> mails = outbox.findByRecipientOrderByIdDesc(email);
        assertThat(mails).isNotEmpty();
        Matcher m = LINK.matcher(mails.getFirst().getBody());
        assertThat(m.find()).as("the email contains a reset link").isTrue();
        return m.group(1);
    }
}
