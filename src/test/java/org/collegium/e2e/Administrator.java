package org.collegium.e2e;

import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountService.AccountEdit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** What an administrator does to an account while a journey runs, through the service, in the test's thread. */
final class Administrator {

    private Administrator() {
    }

    static void disable(AccountService accounts, ObjectProvider<SecurityContextHolderStrategy> strategy,
            String email) {
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin@example.org", "n/a",
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        holder.setContext(context);
        try {
            var view = accounts.find(email, PageRequest.of(0, 1)).getFirst();
            accounts.update(view.id(), new AccountEdit(view.displayName(), view.roles(), false, view.version()));
        } finally {
            holder.clearContext();
        }
    }
}
