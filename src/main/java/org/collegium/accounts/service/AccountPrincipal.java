package org.collegium.accounts.service;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as Spring Security keeps them in the session: the login, roles, and the account's
 * security stamp at sign-in. A session whose stamp is older than the account's is ended (see {@link SessionStamps}).
 */
public class AccountPrincipal extends User {

    private final long accountId;
    private final long securityStamp;
    private final String language;
    private final String timeZone;

    AccountPrincipal(long accountId, long securityStamp, String email, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities, String language, String timeZone) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.securityStamp = securityStamp;
        this.language = language;
        this.timeZone = timeZone;
    }

    /** The language the account chose at sign-in time ("en", "es"), or null. */
    public String language() {
        return language;
    }

    /** The time zone the account chose at sign-in time, or null for the society's. */
    public String timeZone() {
        return timeZone;
    }

    public long accountId() {
        return accountId;
    }

    public long securityStamp() {
        return securityStamp;
    }

    // User's equals/hashCode compare the login only, which is what Spring's session bookkeeping expects
    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
