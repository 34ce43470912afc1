package org.collegium.accounts.service;

import java.util.EnumSet;
import java.util.Set;
import org.collegium.base.service.OpenAccess;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.EmailAddress;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts the system itself creates at startup (demo accounts, the first production admin). */
@Service
@OpenAccess(reason = "system bootstrap: creates accounts with any roles, so only the startup runners may call it "
        + "(ArchitectureTest)")
public class AccountBootstrap {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    public AccountBootstrap(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    /** Creates the account unless one with that email exists; returns whether it did. */
    @Transactional
    public boolean ensureAccount(String email, String displayName, String password, Set<Role> roles) {
        String normalised = EmailAddress.normalise(email);
        if (accounts.existsByEmail(normalised)) {
            return false;
        }
        PasswordPolicy.check(password);
        UserAccount account = accounts.save(new UserAccount(normalised, displayName,
                passwordEncoder.encode(password), EnumSet.copyOf(roles)));
        auditLog.record("ACCOUNT_CREATED", LoginAttempts.ENTITY, account.getId(),
                "Account created at startup for " + normalised,
                new Changes().track("email", null, normalised).track("roles", null, roles));
        return true;
    }

    /** Ties startup accounts to what they belong to (the demo's affiliate administrator and members). */
    @Transactional
    public void tie(String email, Long affiliateId, Long memberId) {
        accounts.findByEmail(EmailAddress.canonical(email)).ifPresent(account -> {
            if (affiliateId != null) {
                account.setAffiliateId(affiliateId);
            }
            if (memberId != null) {
                account.setMemberId(memberId);
            }
        });
    }

    @Transactional(readOnly = true)
    public boolean hasEnabledAdmin() {
        return accounts.existsEnabledWithRole(Role.ADMIN);
    }
}
