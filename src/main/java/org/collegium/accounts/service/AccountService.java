package org.collegium.accounts.service;

import org.collegium.base.i18n.Messages;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.collegium.affiliates.service.AffiliateLookup;
import org.collegium.base.domain.Access;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.domain.SearchText;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of user accounts: only administrators may call any of it. */
@Service
@PreAuthorize(Access.IS_ADMIN)
@Transactional
public class AccountService {

    /** A new account; with no password, the person gets an email link to choose one. */
    public record NewAccount(String email, String displayName, Set<Role> roles, String password, Long affiliateId) {

        public NewAccount(String email, String displayName, Set<Role> roles, String password) {
            this(email, displayName, roles, password, null);
        }
    }

    /** The fields an administrator edits, with the version that was on screen. */
    public record AccountEdit(String displayName, Set<Role> roles, boolean enabled, Long affiliateId, long version) {

        public AccountEdit(String displayName, Set<Role> roles, boolean enabled, long version) {
            this(displayName, roles, enabled, null, version);
        }
    }

    private final UserAccountRepository accounts;
    private final AffiliateLookup affiliates;
    private final PasswordResetService resetLinks;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final CurrentActor actor;
    private final SessionStamps sessions;

    public AccountService(UserAccountRepository accounts, AffiliateLookup affiliates,
            PasswordResetService resetLinks, PasswordEncoder passwordEncoder, AuditLog auditLog, CurrentActor actor,
            SessionStamps sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.affiliates = affiliates;
        this.resetLinks = resetLinks;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    @Transactional(readOnly = true)
    public List<AccountView> find(String search, Pageable page) {
        return accounts.search(SearchText.normalise(search), page).stream().map(AccountView::of).toList();
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        return accounts.countSearch(SearchText.normalise(search));
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return AccountView.of(load(id));
    }

    public AccountView create(NewAccount request) {
        String email = EmailAddress.normalise(request.email());
        String name = requireName(request.displayName());
        Set<Role> roles = requireRoles(request.roles());
        if (accounts.existsByEmail(email)) {
            throw new BusinessRuleException(Messages.t("accounts.account.exists", email));
        }
        boolean invite = request.password() == null || request.password().isEmpty();
        if (!invite) {
            PasswordPolicy.check(request.password());
        }
        // an invited person chooses their own password; until then nobody knows this random one
        String password = invite ? UUID.randomUUID().toString() : request.password();
        Long affiliateId = affiliateFor(roles, request.affiliateId());
        UserAccount newAccount = new UserAccount(email, name, passwordEncoder.encode(password), roles);
        newAccount.setAffiliateId(affiliateId);
        UserAccount account = accounts.saveAndFlush(newAccount);
        auditLog.record("ACCOUNT_CREATED", LoginAttempts.ENTITY, account.getId(), "Account created for " + email,
                new Changes().track("email", null, email).track("displayName", null, name)
                        .track("roles", null, roles).track("enabled", null, true));
        if (invite) {
            resetLinks.sendLink(account, PasswordResetService.LinkPurpose.INVITE);
        }
        return AccountView.of(account);
    }

    public AccountView update(long id, AccountEdit edit) {
        UserAccount account = load(id);
        ConcurrentEditException.check(account.getVersion(), edit.version(), Messages.t("accounts.account.this"));
        String name = requireName(edit.displayName());
        Set<Role> roles = requireRoles(edit.roles());
        boolean self = account.getEmail().equals(actor.name());
        if (self && (!edit.enabled() || !roles.contains(Role.ADMIN))) {
            throw new BusinessRuleException(Messages.t("accounts.account.not-yourself"));
        }
        Changes changes = new Changes()
                .track("displayName", account.getDisplayName(), name)
                .track("roles", account.getRoles(), roles)
                .track("enabled", account.isEnabled(), edit.enabled());
        boolean endSessions = !roles.equals(account.getRoles()) || (account.isEnabled() && !edit.enabled());
        Long affiliateId = affiliateFor(roles, edit.affiliateId());
        changes.track("affiliateId", account.getAffiliateId(), affiliateId);
        account.setAffiliateId(affiliateId);
        account.setDisplayName(name);
        account.setRoles(roles);
        account.setEnabled(edit.enabled());
        if (endSessions) {
            // a disabled account or changed roles: every open session of it ends on its next request
            sessions.endSessions(account);
        }
        accounts.saveAndFlush(account);
        if (!changes.isEmpty()) {
            auditLog.record("ACCOUNT_UPDATED", LoginAttempts.ENTITY, id, "Account " + account.getEmail() + " changed",
                    changes);
        }
        return AccountView.of(account);
    }

    public void sendResetLink(long id) {
        UserAccount account = load(id);
        if (!account.isEnabled()) {
            throw new BusinessRuleException(Messages.t("accounts.account.disabled-link"));
        }
        resetLinks.sendLink(account, PasswordResetService.LinkPurpose.RESET);
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(Messages.t("accounts.account.the")));
    }

    private static String requireName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new BusinessRuleException(Messages.t("accounts.account.name-required"));
        }
        if (name.length() > 200) {
            throw new BusinessRuleException(Messages.t("accounts.account.name-too-long"));
        }
        return name;
    }

    /** An affiliate administrator runs exactly one existing affiliate; other accounts are tied to none. */
    private Long affiliateFor(Set<Role> roles, Long affiliateId) {
        if (!roles.contains(Role.AFFILIATE_ADMIN)) {
            return null;
        }
        if (affiliateId == null) {
            throw new BusinessRuleException(Messages.t("accounts.account.affiliate-required"));
        }
        if (!affiliates.existsById(affiliateId)) {
            throw new BusinessRuleException(Messages.t("accounts.account.affiliate-unknown"));
        }
        return affiliateId;
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException(Messages.t("accounts.account.roles-required"));
        }
        return EnumSet.copyOf(roles);
    }
}
