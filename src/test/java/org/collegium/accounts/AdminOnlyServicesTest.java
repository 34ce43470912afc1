package org.collegium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountService;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.notifications.service.OutboxService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Placeholders;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every public method of the administrators' services refuses every other role and anonymous callers, by
 * method security, whatever a view does.
 */
@IntegrationTest
class AdminOnlyServicesTest {

    @Autowired AccountService accountService;
    @Autowired Roles roles;
    @Autowired OutboxService outboxService;
    @Autowired SocietySettingsService settingsService;

    @AfterEach
    void clear() {
        roles.clear();
    }

    static Stream<Arguments> nonAdminRolesAndMethods() {
        return Roles.allBut(Role.ADMIN).flatMap(role -> Stream.of(AccountService.class, OutboxService.class)
                .flatMap(service -> publicMethods(service).map(m -> Arguments.of(role, service, m.getName(), m))));
    }

    @ParameterizedTest(name = "{0} may not call {1}.{2}")
    @MethodSource("nonAdminRolesAndMethods")
    void everyOtherRoleIsRefused(Role role, Class<?> service, String name, Method method) {
        roles.actAs(role.name().toLowerCase() + "@example.org", role);
        assertThatThrownBy(() -> invoke(bean(service), method)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        for (Class<?> service : List.of(AccountService.class, OutboxService.class)) {
            publicMethods(service).forEach(m -> assertThatThrownBy(() -> invoke(bean(service), m))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class));
        }
    }

    @Test
    void onlyAnAdministratorChangesSocietySettings() {
        Roles.allBut(Role.ADMIN).forEach(role -> {
            roles.actAs("someone@example.org", role);
            assertThatThrownBy(() -> settingsService.update("Renamed", "UTC", 0))
                    .isInstanceOf(AccessDeniedException.class);
        });
        roles.actAs("admin@example.org", Role.BOARD, Role.MEMBER);
        assertThat(settingsService.current().societyName()).isNotBlank(); // reading is for everyone
    }

    @Test
    void anAdministratorMayCallThem() {
        roles.actAs("admin@example.org", Role.ADMIN);
        assertThat(accountService.count("")).isPositive();
        assertThat(outboxService.count(null, "")).isNotNegative();
    }

    private Object bean(Class<?> type) {
        return type == AccountService.class ? accountService : outboxService;
    }

    private static Stream<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic());
    }

    private static void invoke(Object bean, Method method) throws Throwable {
        assertThat(AopUtils.isAopProxy(bean)).isTrue();
        Object[] args = Arrays.stream(method.getParameterTypes()).map(Placeholders::of).toArray();
        try {
            method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
