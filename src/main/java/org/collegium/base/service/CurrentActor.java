package org.collegium.base.service;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting, as the audit log names them: the signed-in login; "Scheduled job: name" while a scheduled job
 * runs (see {@link ScheduledJobActor}); "A visitor (not signed in)" for a public page; "system" only for what the
 * portal does by itself at startup.
 */
@Component("currentActor")
public class CurrentActor implements AuditorAware<String> {

    public static final String SYSTEM = "system";
    public static final String VISITOR = "A visitor (not signed in)";
    static final String JOB_PREFIX = "Scheduled job: ";

    private static final ThreadLocal<String> JOB = new ThreadLocal<>();

    // the same strategy method security reads (Vaadin provides one that also knows the UI session)
    private final SecurityContextHolderStrategy securityContext;

    public CurrentActor(ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public String name() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth instanceof AnonymousAuthenticationToken) {
            return VISITOR;
        }
        if (auth == null || !auth.isAuthenticated()) {
            return JOB.get() != null ? JOB_PREFIX + JOB.get() : SYSTEM;
        }
        return auth.getName();
    }

    /** Runs a scheduled job's work under its name, so that what it changes is audited as done by it. */
    static <T> T asJob(String name, java.util.concurrent.Callable<T> work) throws Exception {
        String before = JOB.get();
        JOB.set(name);
        try {
            return work.call();
        } finally {
            if (before == null) {
                JOB.remove();
            } else {
                JOB.set(before);
            }
        }
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
