package org.collegium.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.collegium.base.service.OpenAccess;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The allowlist every class is held to (docs/design.md, Architecture). Kept apart from {@link ArchitectureTest}
 * so that {@link ArchitectureProbesTest} can show each rule failing on a deliberately leaky class.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Repositories, JDBC and JPA: the ways to reach the database. */
    static final DescribedPredicate<JavaClass> DATA_ACCESS = assignableTo(Repository.class)
            .or(assignableTo(JdbcOperations.class)).or(assignableTo(NamedParameterJdbcOperations.class))
            .or(assignableTo(JdbcClient.class)).or(assignableTo(DataSource.class))
            .or(assignableTo(EntityManager.class)).as("a repository, JdbcTemplate, JdbcClient, DataSource or "
                    + "EntityManager");

    static final ArchRule DATA_ACCESS_ONLY_IN_DOMAIN_AND_SERVICE = noClasses()
            .that().resideOutsideOfPackages("..domain..", "..service..", "org.collegium.base.config..")
            .should().dependOnClassesThat(DATA_ACCESS)
            .because("only a feature's domain and services reach the database; views call services");

    static final ArchRule DATA_ACCESS_ONLY_FROM_TRANSACTIONAL_SERVICES = classes()
            .that().resideInAPackage("..service..").and(dependOnDataAccess())
            .should(beTransactional())
            .because("the database is reached inside a service's transaction (and its method security)");

    static final ArchRule REPOSITORIES_ONLY_OF_THE_OWN_FEATURE = classes()
            .that().resideInAPackage("org.collegium..")
            .should(useOnlyTheirOwnFeaturesRepositories())
            .because("features use one another through each other's service API, never a repository");

    static final ArchRule VIEWS_NEVER_CALL_OPEN_SERVICES = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(OpenAccess.class)
            .orShould().callMethodWhere(describe("an @OpenAccess method",
                    call -> call.getTarget().isAnnotatedWith(OpenAccess.class)))
            .because("system services (jobs, bootstrap, APIs between features) carry no method security");

    static final ArchRule EVERY_PUBLIC_SERVICE_METHOD_IS_GUARDED = methods()
            .that(describe("are public methods of public service beans", m -> m.getModifiers()
                    .contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC)
                    && isServiceBean(m.getOwner())))
            .should(beGuarded())
            .because("a public service method needs method security, or @OpenAccess with a reason");

    static final ArchRule ACCOUNT_BOOTSTRAP_ONLY_AT_STARTUP = noClasses()
            .that().areNotAssignableTo(ApplicationRunner.class).and().doNotHaveSimpleName("AccountBootstrap")
            .should().dependOnClassesThat().haveSimpleName("AccountBootstrap")
            .because("it creates accounts with any roles: only the startup runners (demo data, first admin) may");

    static final List<ArchRule> ALL = List.of(DATA_ACCESS_ONLY_IN_DOMAIN_AND_SERVICE,
            DATA_ACCESS_ONLY_FROM_TRANSACTIONAL_SERVICES, REPOSITORIES_ONLY_OF_THE_OWN_FEATURE,
            VIEWS_NEVER_CALL_OPEN_SERVICES, EVERY_PUBLIC_SERVICE_METHOD_IS_GUARDED, ACCOUNT_BOOTSTRAP_ONLY_AT_STARTUP);

    private static final List<Class<? extends java.lang.annotation.Annotation>> GUARDS = List.of(
            PreAuthorize.class, PermitAll.class, RolesAllowed.class, OpenAccess.class);

    private static DescribedPredicate<JavaClass> dependOnDataAccess() {
        return describe("use the database directly", c -> c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> DATA_ACCESS.test(d.getTargetClass())));
    }

    private static ArchCondition<JavaClass> beTransactional() {
        return new ArchCondition<>("be @Transactional (on the class or a method), use a TransactionTemplate, or be "
                + "called only from such code") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                events.add(new SimpleConditionEvent(c, onlyInTransactions(c, new HashSet<>()), c.getName()
                        + " reaches the database outside a transaction"));
            }
        };
    }

    /** Transactional itself, or a helper whose every caller (followed up the chain) is. */
    private static boolean onlyInTransactions(JavaClass c, Set<JavaClass> seen) {
        if (c.isAnnotatedWith(Transactional.class)
                || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class))
                || c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isAssignableTo(TransactionOperations.class))) {
            return true;
        }
        if (!seen.add(c)) {
            return true; // a cycle of helpers: decided by the callers outside it
        }
        Set<JavaClass> callers = new HashSet<>();
        c.getAccessesToSelf().forEach(a -> callers.add(a.getOriginOwner()));
        c.getConstructorCallsToSelf().forEach(a -> callers.remove(a.getOriginOwner()));
        callers.remove(c);
        return !callers.isEmpty() && callers.stream().allMatch(caller -> onlyInTransactions(caller, seen));
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnFeaturesRepositories() {
        return new ArchCondition<>("use only their own feature's repositories") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String own = feature(c);
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.isAssignableTo(Repository.class) && target.getPackageName().startsWith("org.collegium")
                            && !own.equals(feature(target))) {
                        events.add(SimpleConditionEvent.violated(c, d.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * A public Spring bean in a service package. The shared kernel's helpers (the society's clock, the current
     * actor) read no one's records and are used by views, so they are not held to method security.
     */
    static boolean isServiceBean(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC) && c.getPackageName().contains(".service")
                && (c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(Component.class))
                && !(c.getPackageName().equals("org.collegium.base.service") && c.isAnnotatedWith(Component.class)
                        && !c.isAnnotatedWith(Service.class));
    }

    private static ArchCondition<JavaMethod> beGuarded() {
        return new ArchCondition<>("carry @PreAuthorize, @PermitAll, @RolesAllowed or @OpenAccess") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                JavaClass owner = m.getOwner();
                boolean ok = GUARDS.stream().anyMatch(a -> m.isAnnotatedWith(a) || owner.isAnnotatedWith(a));
                events.add(new SimpleConditionEvent(m, ok, m.getFullName() + " has no method security"));
            }
        };
    }

    /** The feature a class belongs to: the package segment before domain, service, ui or config. */
    static String feature(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        for (int i = 1; i < parts.length; i++) {
            if (List.of("domain", "service", "ui", "config").contains(parts[i])) {
                return parts[i - 1];
            }
        }
        return c.getPackageName();
    }
}
