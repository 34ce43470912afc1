package org.collegium.accounts.service;

import java.time.Instant;
import java.util.Set;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccount;

/** What the administration screens show of an account (never the password hash). */
public record AccountView(long id, String email, String displayName, Set<Role> roles, boolean enabled,
        Instant lastLoginAt, Long affiliateId, long version) {

    static AccountView of(UserAccount a) {
        return new AccountView(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), a.isEnabled(),
                a.getLastLoginAt(), a.getAffiliateId(), a.getVersion());
    }
}
