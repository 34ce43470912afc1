package org.collegium.accounts.service;

import org.collegium.base.service.OpenAccess;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.EmailAddress;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every sign-in, failure and throttled attempt is audited, and failures feed the {@link LoginThrottle}. Fed by
 * Spring Security's authentication events; the address comes from the request's authentication details.
 */
@Service
public class LoginAttempts {

    static final String ENTITY = "UserAccount";

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final Clock clock;

    public LoginAttempts(UserAccountRepository accounts, LoginThrottle throttle, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    @OpenAccess(reason = "Spring Security's sign-in events")
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(address(event.getAuthentication()), event.getAuthentication().getName());
        find(event.getAuthentication().getName()).ifPresent(account -> {
            account.recordSuccessfulLogin(clock.instant());
            auditLog.recordAs(account.getEmail(), "LOGIN_SUCCEEDED", ENTITY, account.getId(), "Signed in", List.of());
        });
    }

    @EventListener
    @Transactional
    @OpenAccess(reason = "Spring Security's sign-in events")
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        failed(event, "Wrong password");
    }

    /** A disabled account is refused like a wrong password: the same message and the same throttle. */
    @EventListener
    @Transactional
    @OpenAccess(reason = "Spring Security's sign-in events")
    public void onDisabled(AuthenticationFailureDisabledEvent event) {
        failed(event, "Sign-in refused: account disabled");
    }

    /** Audits an attempt refused because it came too soon after failures (the filter refused it unread). */
    @Transactional
    @PermitAll // the sign-in filter, before anyone is signed in
    public void throttled(String address, String tried, long waitSeconds) {
        String name = truncate(tried);
        auditLog.recordAs(name, "LOGIN_THROTTLED", ENTITY, find(name).map(UserAccount::getId).orElse(null),
                "Sign-in from " + address + " refused: too many failures, " + waitSeconds + " s to wait", List.of());
    }

    private void failed(AbstractAuthenticationFailureEvent event, String reason) {
        String tried = truncate(String.valueOf(event.getAuthentication().getPrincipal()));
        String address = address(event.getAuthentication());
        throttle.failed(address, tried);
        Optional<UserAccount> found = find(tried);
        auditLog.recordAs(tried, "LOGIN_FAILED", ENTITY, found.map(UserAccount::getId).orElse(null),
                (found.isEmpty() ? "Sign-in with an unknown email" : reason) + " from " + address, List.of());
    }

    private Optional<UserAccount> find(String email) {
        return email == null ? Optional.empty() : accounts.findByEmail(EmailAddress.canonical(email));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "an unknown address";
    }

    private static String truncate(String name) {
        return name == null || name.length() <= 254 ? name : name.substring(0, 254);
    }
}
