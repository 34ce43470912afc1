package org.collegium.base.service;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in login, or "system" for jobs and anonymous requests. */
@Component("currentActor")
public class CurrentActor implements AuditorAware<String> {

    public static final String SYSTEM = "system";

    // the same strategy method security reads (Vaadin provides one that also knows the UI session)
    private final SecurityContextHolderStrategy securityContext;

    public CurrentActor(ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public String name() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }

    /** Whether the signed-in person has any of these roles (names without the ROLE_ prefix). */
    public boolean hasAnyRole(String... roles) {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        for (var authority : auth.getAuthorities()) {
            for (String role : roles) {
                if (authority.getAuthority().equals("ROLE_" + role)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Optional<String> getCurrentAuditor() {
        return Optional.of(name());
    }
}
