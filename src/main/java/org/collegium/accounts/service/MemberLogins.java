package org.collegium.accounts.service;

import org.collegium.base.service.OpenAccess;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.i18n.Messages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a new member a login: a MEMBER account tied to their record, and an email link to choose a password.
 * Called inside the membership services' transactions (approving an application, a free membership granted at
 * once), which carry the security decision.
 */
@Service
@OpenAccess(reason = "called by the board's approval of an application, inside its method security")
public class MemberLogins {

    private final UserAccountRepository accounts;
    private final PasswordResetService links;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final SessionStamps sessions;

    public MemberLogins(UserAccountRepository accounts, PasswordResetService links, PasswordEncoder passwordEncoder,
            AuditLog auditLog, SessionStamps sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    /**
     * Creates (or completes) the member's login and emails the set-password link; a new login starts in the language
     * given (the one its member applied in; null: not chosen).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void provide(String email, String displayName, long memberId, Locale language) {
        String canonical = EmailAddress.normalise(email);
        UserAccount account = accounts.findByEmail(canonical).orElse(null);
        if (account == null) {
            account = accounts.save(new UserAccount(canonical, displayName,
                    passwordEncoder.encode(UUID.randomUUID().toString()), EnumSet.of(Role.MEMBER)));
            auditLog.record("ACCOUNT_CREATED", LoginAttempts.ENTITY, account.getId(),
                    "Member login created for " + canonical, new Changes().track("email", null, canonical)
                            .track("roles", null, account.getRoles()));
            if (language != null) {
                account.setLanguage(Messages.tag(language));
            }
        } else {
            EnumSet<Role> roles = EnumSet.copyOf(account.getRoles());
            if (roles.add(Role.MEMBER)) {
                auditLog.record("ACCOUNT_UPDATED", LoginAttempts.ENTITY, account.getId(), "Account " + canonical
                        + " became a member's login", new Changes().track("roles", account.getRoles(), roles));
                account.setRoles(roles);
                sessions.endSessions(account); // its sessions sign in again, with the member role
            }
        }
        account.setMemberId(memberId);
        links.sendLink(account, PasswordResetService.LinkPurpose.INVITE);
    }
}
