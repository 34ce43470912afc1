package org.collegium.accounts.service;

import org.collegium.base.service.OpenAccess;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.EmailAddress;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after too many in a row; every sign-in, failure and lockout is
 * audited. Fed by Spring Security's authentication events.
 */
@Service
public class LoginAttempts {

    static final String ENTITY = "UserAccount";

    private final UserAccountRepository accounts;
    private final AccountSecurityProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    public LoginAttempts(UserAccountRepository accounts, AccountSecurityProperties properties, AuditLog auditLog,
            Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    @OpenAccess(reason = "Spring Security's sign-in events")
    public void onSuccess(AuthenticationSuccessEvent event) {
        find(event.getAuthentication().getName()).ifPresent(account -> {
            account.recordSuccessfulLogin(clock.instant());
            auditLog.recordAs(account.getEmail(), "LOGIN_SUCCEEDED", ENTITY, account.getId(), "Signed in", List.of());
        });
    }

    @EventListener
    @Transactional
    @OpenAccess(reason = "Spring Security's sign-in events")
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String tried = attemptedName(event);
        Optional<UserAccount> found = find(tried);
        if (found.isEmpty()) {
            auditLog.recordAs(tried, "LOGIN_FAILED", ENTITY, null, "Sign-in with an unknown email", List.of());
            return;
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        auditLog.recordAs(tried, "LOGIN_FAILED", ENTITY, account.getId(), "Wrong password", List.of());
        if (account.recordFailedLogin(now, properties.maxFailedLogins(), properties.lockout())) {
            auditLog.recordAs(tried, "ACCOUNT_LOCKED", ENTITY, account.getId(),
                    "Locked for " + properties.lockout().toMinutes() + " minutes after "
                            + properties.maxFailedLogins() + " failed sign-ins", List.of());
        }
    }

    @EventListener
    @Transactional
    @OpenAccess(reason = "Spring Security's sign-in events")
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String tried = attemptedName(event);
        find(tried).ifPresent(account -> auditLog.recordAs(tried, "LOGIN_REFUSED_LOCKED", ENTITY, account.getId(),
                "Sign-in refused: account locked", List.of()));
    }

    /** Whether the account with this login is locked right now (used to tell the person so). */
    @Transactional(readOnly = true)
    @PermitAll // the sign-in page and its failure handler
    public boolean isLocked(String email) {
        return find(email).map(a -> a.isLockedAt(clock.instant())).orElse(false);
    }

    @PermitAll // the sign-in page and its failure handler
    public AccountSecurityProperties rules() {
        return properties;
    }

    private Optional<UserAccount> find(String email) {
        return email == null ? Optional.empty() : accounts.findByEmail(EmailAddress.canonical(email));
    }

    private static String attemptedName(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        return name.length() > 254 ? name.substring(0, 254) : name;
    }
}
