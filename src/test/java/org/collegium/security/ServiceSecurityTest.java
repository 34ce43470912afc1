package org.collegium.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.OpenAccess;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Placeholders;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Every public method of every service bean in the running application (found by reflection, so methods added
 * later are covered too): it carries method security or is deliberately open with a reason; anonymous callers
 * are refused every guarded method; and each role is refused, by the proxy, every method its rule leaves out.
 * Nothing is invoked that the caller may call: each call is expected to stop at method security, before the body.
 */
@IntegrationTest
class ServiceSecurityTest {

    private static final Pattern ROLE = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");

    @Autowired ApplicationContext context;
    @Autowired Roles roles;

    @AfterEach
    void clear() {
        roles.clear();
    }

    /** One public method of one service bean, with the rule that guards it (null: deliberately open). */
    record Operation(Object bean, Class<?> type, Method method, Annotation rule) {
        @Override
        public String toString() {
            return type.getSimpleName() + "." + method.getName() + Arrays.toString(method.getParameterTypes());
        }

        /** The roles the rule lets in; every role for "isAuthenticated()", none for a rule naming no role. */
        Set<Role> admitted() {
            if (rule instanceof RolesAllowed allowed) {
                EnumSet<Role> in = EnumSet.noneOf(Role.class);
                Arrays.stream(allowed.value()).forEach(r -> in.add(Role.valueOf(r)));
                return in;
            }
            String expression = ((PreAuthorize) rule).value();
            if (expression.contains("isAuthenticated()")) {
                return EnumSet.allOf(Role.class);
            }
            EnumSet<Role> in = EnumSet.noneOf(Role.class);
            Matcher m = ROLE.matcher(expression);
            while (m.find()) {
                Arrays.stream(m.group(1).split(",")).map(s -> s.replace("'", "").trim()).map(Role::valueOf)
                        .forEach(in::add);
            }
            return in;
        }

        boolean guardedByRole() {
            return rule instanceof RolesAllowed || rule instanceof PreAuthorize;
        }
    }

    @Test
    void everyPublicServiceMethodCarriesMethodSecurityOrSaysWhyItIsOpen() {
        List<String> unguarded = new ArrayList<>();
        for (Operation op : operations()) {
            if (op.rule() == null && !open(op)) {
                unguarded.add(op.toString());
            }
        }
        assertThat(operations()).hasSizeGreaterThan(150);
        assertThat(unguarded).as("add @PreAuthorize/@PermitAll, or @OpenAccess(reason = ...)").isEmpty();
    }

    @Test
    void anonymousCallersAreRefusedEveryMethodThatNeedsARole() {
        List<String> leaks = new ArrayList<>();
        for (Operation op : operations()) {
            if (op.guardedByRole() && !refused(op)) {
                leaks.add(op.toString());
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void eachRoleIsRefusedEveryMethodItsRuleLeavesOut() {
        List<String> leaks = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.actAs(role.name().toLowerCase() + "-only@example.org", role);
            for (Operation op : operations()) {
                if (op.guardedByRole() && !op.admitted().contains(role) && !refused(op)) {
                    leaks.add(role + " -> " + op);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private List<Operation> operations() {
        List<Operation> found = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> declared = context.getType(name);
            if (declared == null || !isService(declared)) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge()) {
                    found.add(new Operation(bean, type, m, rule(type, m)));
                }
            }
        }
        return found;
    }

    /**
     * A public service bean; the shared kernel's helpers (the clock, the current actor) read no one's records
     * and are not held to method security (the same rule as ArchitectureTest's).
     */
    private static boolean isService(Class<?> type) {
        Class<?> c = org.springframework.util.ClassUtils.getUserClass(type);
        boolean service = AnnotatedElementUtils.hasAnnotation(c, Service.class);
        return c.getPackageName().startsWith("org.collegium.") && c.getPackageName().contains(".service")
                && Modifier.isPublic(c.getModifiers()) && (service || AnnotatedElementUtils.hasAnnotation(c,
                        Component.class)) && !(c.getPackageName().equals("org.collegium.base.service") && !service);
    }

    /** The method's own rule, or else its class's: what Spring's method security applies. */
    private static Annotation rule(Class<?> type, Method m) {
        for (var element : List.of(m, type)) {
            for (Class<? extends Annotation> kind : List.of(PreAuthorize.class, RolesAllowed.class,
                    PermitAll.class)) {
                Annotation a = AnnotatedElementUtils.findMergedAnnotation(element, kind);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean open(Operation op) {
        return op.method().isAnnotationPresent(OpenAccess.class) || op.type().isAnnotationPresent(OpenAccess.class);
    }

    /** Calls the method through its proxy with placeholder arguments; true when method security refuses it. */
    private static boolean refused(Operation op) {
        assertThat(AopUtils.isAopProxy(op.bean())).as(op + " is proxied").isTrue();
        Object[] args = Arrays.stream(op.method().getParameterTypes()).map(Placeholders::of)
                .toArray();
        try {
            op.method().invoke(op.bean(), args);
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException
                    || e.getCause() instanceof AuthenticationCredentialsNotFoundException;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
