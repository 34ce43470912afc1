package org.collegium.accounts.service;

import org.collegium.base.i18n.Messages;
import java.util.List;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their own password, proving they know the current one; their other sessions end and
 * password links sent before stop working.
 */
@Service
public class PasswordService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentActor actor;
    private final AuditLog auditLog;
    private final PasswordResetService passwords;

    public PasswordService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentActor actor,
            AuditLog auditLog, PasswordResetService passwords) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.actor = actor;
        this.auditLog = auditLog;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByEmail(actor.name())
                .orElseThrow(() -> new NotFoundException(Messages.t("accounts.password.your-account")));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException(Messages.t("accounts.password.current-wrong"));
        }
        PasswordPolicy.check(newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new BusinessRuleException(Messages.t("accounts.password.same"));
        }
        passwords.setPassword(account, newPassword);
        auditLog.recordAs(account.getEmail(), "PASSWORD_CHANGED", LoginAttempts.ENTITY, account.getId(),
                "Password changed by its owner", List.of());
    }
}
