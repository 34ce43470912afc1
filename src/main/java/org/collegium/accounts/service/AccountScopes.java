package org.collegium.accounts.service;

import org.collegium.base.i18n.Messages;
import org.collegium.base.service.OpenAccess;
import java.util.Optional;
import org.collegium.base.domain.Access;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in account is tied to: the affiliate an affiliate administrator runs, the member record a
 * member's login belongs to. Read fresh on every call, so a changed tie takes effect at once.
 */
@Service
@OpenAccess(reason = "the signed-in person's own member and affiliate ids, for other services' scoping")
public class AccountScopes {

    private final UserAccountRepository accounts;
    private final CurrentActor actor;

    public AccountScopes(UserAccountRepository accounts, CurrentActor actor) {
        this.accounts = accounts;
        this.actor = actor;
    }

    @Transactional(readOnly = true)
    public Optional<Long> currentAffiliateId() {
        return accounts.findByEmail(actor.name()).map(UserAccount::getAffiliateId);
    }

    @Transactional(readOnly = true)
    public Optional<Long> currentMemberId() {
        return accounts.findByEmail(actor.name()).map(UserAccount::getMemberId);
    }

    /** Ties an account to the affiliate it administers (or to none). */
    @PreAuthorize(Access.IS_BOARD_OR_ADMIN)
    @Transactional
    public void assignAffiliate(String email, Long affiliateId) {
        accounts.findByEmail(email).orElseThrow(() -> new NotFoundException(Messages.t("accounts.account.named", email)))
                .setAffiliateId(affiliateId);
    }
}
