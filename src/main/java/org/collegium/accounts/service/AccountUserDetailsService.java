package org.collegium.accounts.service;

import java.util.List;
import org.collegium.base.service.OpenAccess;
import java.time.Clock;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.EmailAddress;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security reads accounts from here: email as login, roles as authorities, enabled state and the security
 * stamp the session will carry. There is no lockout: failures are throttled instead (see {@link LoginThrottle}).
 */
@Service
@OpenAccess(reason = "Spring Security loads the account while signing in")
public class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    public AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = EmailAddress.canonical(username);
        UserAccount account = accounts.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
        return principal(account);
    }

    static AccountPrincipal principal(UserAccount account) {
        List<SimpleGrantedAuthority> authorities = account.getRoles().stream().map(Role::authority)
                .map(SimpleGrantedAuthority::new).toList();
        return new AccountPrincipal(account.getId(), account.getSecurityStamp(), account.getEmail(),
                account.getPasswordHash(), account.isEnabled(), authorities, account.getLanguage(),
                account.getTimeZone());
    }
}
