package org.collegium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.AccountPrincipal;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountService.AccountEdit;
import org.collegium.accounts.service.AccountUserDetailsService;
import org.collegium.accounts.service.PasswordResetService;
import org.collegium.accounts.service.PasswordService;
import org.collegium.accounts.service.SessionStamps;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A session carries its account's security stamp: disabling the account, changing its roles or its password ends
 * every other session of it, and a password link sent before a password change is refused after it.
 */
@IntegrationTest
class SessionsFollowTheAccountTest {

    private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired AccountBootstrap bootstrap;
    @Autowired AccountUserDetailsService userDetails;
    @Autowired AccountService accountService;
    @Autowired PasswordService passwordService;
    @Autowired PasswordResetService resets;
    @Autowired SessionStamps stamps;
    @Autowired UserAccountRepository accounts;
    @Autowired OutboxMessageRepository outbox;
    @Autowired AuditEntryRepository audit;
    @Autowired Roles roles;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategyProvider;

    private String email;

    @BeforeEach
    void setUp() {
        email = "session-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Sid Session", "the-first-password", EnumSet.of(Role.MEMBER));
    }

    @AfterEach
    void clear() {
        roles.clear();
    }

    @Test
    void disablingTheAccountEndsItsOpenSessions() {
        AccountPrincipal session = signIn();
        assertThat(stamps.isCurrent(session)).isTrue();

        edit(EnumSet.of(Role.MEMBER), false);

        assertThat(stamps.isCurrent(session)).isFalse();
        assertThat(stamps.isCurrent(signIn())).as("disabled: even a fresh principal is refused").isFalse();
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("UserAccount", id()))
                .extracting(AuditEntry::getAction).contains("SESSION_ENDED");
    }

    @Test
    void changingRolesEndsTheSessionsAndANewSignInCarriesTheNewRoles() {
        AccountPrincipal session = signIn();

        edit(EnumSet.of(Role.MEMBER, Role.FACILITATOR), true);

        assertThat(stamps.isCurrent(session)).isFalse();
        AccountPrincipal again = signIn();
        assertThat(stamps.isCurrent(again)).isTrue();
        assertThat(again.getAuthorities()).extracting(Object::toString).contains("ROLE_FACILITATOR");
    }

    @Test
    void anEditThatLeavesRolesAndStateAloneKeepsTheSessions() {
        AccountPrincipal session = signIn();
        roles.actAs("admin@example.org", Role.ADMIN);
        var view = accountService.get(Long.parseLong(id()));
        accountService.update(view.id(), new AccountEdit("Sid Renamed", view.roles(), true, view.version()));
        assertThat(stamps.isCurrent(session)).isTrue();
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsButNotThisOne() {
        AccountPrincipal otherBrowser = signIn();
        actAsSession(signIn());

        passwordService.changeOwnPassword("the-first-password", "the-second-password");

        assertThat(stamps.isCurrent(otherBrowser)).isFalse();
        var thisSession = (AccountPrincipal) strategy().getContext().getAuthentication().getPrincipal();
        assertThat(stamps.isCurrent(thisSession)).as("the session that changed it goes on").isTrue();
    }

    @Test
    void aPasswordLinkSentBeforeAPasswordChangeIsRefusedAfterIt() {
        resets.requestReset(email);
        String token = latestToken();
        assertThat(resets.isUsable(token)).isTrue();

        actAsSession(signIn());
        passwordService.changeOwnPassword("the-first-password", "the-second-password");

        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, "an-attackers-password"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not valid any more");
    }

    @Test
    void settingAPasswordWithALinkEndsEverySession() {
        AccountPrincipal session = signIn();
        resets.requestReset(email);
        resets.resetPassword(latestToken(), "a-password-from-the-link");
        assertThat(stamps.isCurrent(session)).isFalse();
    }

    private AccountPrincipal signIn() {
        return (AccountPrincipal) userDetails.loadUserByUsername(email);
    }

    private void actAsSession(AccountPrincipal principal) {
        var context = strategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        strategy().setContext(context);
    }

    private void edit(EnumSet<Role> newRoles, boolean enabled) {
        roles.actAs("admin@example.org", Role.ADMIN);
        var view = accountService.get(Long.parseLong(id()));
        accountService.update(view.id(), new AccountEdit(view.displayName(), newRoles, enabled, view.version()));
        roles.clear();
    }

    private String id() {
        return String.valueOf(accounts.findByEmail(email).orElseThrow().getId());
    }

    private SecurityContextHolderStrategy strategy() {
        return strategyProvider.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private String latestToken() {
        List<OutboxMessage> mails = outbox.findByRecipientOrderByIdDesc(email);
        Matcher m = LINK.matcher(mails.getFirst().getBody());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
