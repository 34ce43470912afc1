package org.collegium.accounts.service;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.collegium.base.service.OpenAccess;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.base.service.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.collegium.accounts.domain.UserAccountRepository;

/**
 * Sessions follow the account's state. Every request of a signed-in session compares the stamp the session
 * carries with the account's (one primary-key read); a disabled account or a moved stamp ends the session.
 *
 * <p>Why a stamp column and not Spring's SessionRegistry: the registry lives in one instance's memory, so a
 * change made on another instance (two instances share the database, see ShedLock) or after a restart would not
 * reach the sessions; a registry also needs every session registered and expired sessions swept. The column is
 * the single truth and is read where every request passes.
 */
@Service
public class SessionStamps {

    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final SecurityContextHolderStrategy securityContext;

    public SessionStamps(UserAccountRepository accounts, AuditLog auditLog,
            ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Whether this signed-in principal may go on; when not, the ended session is audited. */
    @Transactional
    @PermitAll // the session filter, on every request of a signed-in session
    public boolean isCurrent(AccountPrincipal principal) {
        boolean current = accounts.findEnabledStamp(principal.accountId())
                .map(stamp -> stamp == principal.securityStamp()).orElse(false);
        if (!current) {
            auditLog.recordAs(principal.getUsername(), "SESSION_ENDED", LoginAttempts.ENTITY, principal.accountId(),
                    "Session ended: the account was disabled or its password or roles changed", List.of());
        }
        return current;
    }

    /**
     * Ends every session of the account; the caller's own session, when it belongs to this account, goes on with
     * the account as it is now (its new roles and stamp), so changing one's own password does not sign one out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @OpenAccess(reason = "called by the account services that changed the account, inside their security")
    public void endSessions(UserAccount account) {
        account.endSessions();
        Authentication current = securityContext.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof AccountPrincipal p
                && p.accountId() == account.getId()) {
            AccountPrincipal renewed = AccountUserDetailsService.principal(account);
            // the context object is the one kept in the HTTP session, so this session carries the new stamp
            securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    renewed, null, renewed.getAuthorities()));
        }
    }
}
