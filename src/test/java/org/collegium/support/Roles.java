package org.collegium.support;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.collegium.accounts.domain.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Acting as a role in a service test. Goes through the context's own SecurityContextHolderStrategy (Vaadin
 * installs one), which is the one method security reads, whichever Spring context was created last.
 */
public class Roles {

    private final SecurityContextHolderStrategy strategy;

    public Roles(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void actAs(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        strategy.setContext(context);
    }

    /** Runs an action as someone else and then puts back whoever was acting (e.g. a test's @WithUserDetails). */
    public <T> T as(String username, Role role, java.util.function.Supplier<T> action) {
        var before = strategy.getContext();
        actAs(username, role);
        try {
            return action.get();
        } finally {
            strategy.setContext(before);
        }
    }

    public void clear() {
        strategy.clearContext();
    }

    public static Stream<Role> allBut(Role role) {
        return Arrays.stream(Role.values()).filter(r -> r != role);
    }
}
