package org.collegium.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;

/** The boundaries docs/design.md promises: package by feature, domain / service / ui inside, views call services. */
@AnalyzeClasses(packages = "org.collegium", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsCallServicesNotRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("views talk to services only");

    @ArchTest
    static final ArchRule servicesNeverImportUi = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..");

    @ArchTest
    static final ArchRule domainDependsOnNothingAbove = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..", "com.vaadin..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.collegium.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyRouteDeclaresWhoMayOpenIt = classes().that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class);

    @ArchTest
    static final ArchRule dataAccessOnlyInDomainAndService = ArchitectureRules.DATA_ACCESS_ONLY_IN_DOMAIN_AND_SERVICE;

    @ArchTest
    static final ArchRule dataAccessOnlyFromTransactionalServices =
            ArchitectureRules.DATA_ACCESS_ONLY_FROM_TRANSACTIONAL_SERVICES;

    @ArchTest
    static final ArchRule repositoriesOnlyOfTheOwnFeature = ArchitectureRules.REPOSITORIES_ONLY_OF_THE_OWN_FEATURE;

    @ArchTest
    static final ArchRule viewsNeverCallOpenServices = ArchitectureRules.VIEWS_NEVER_CALL_OPEN_SERVICES;

    @ArchTest
    static final ArchRule everyPublicServiceMethodIsGuarded = ArchitectureRules.EVERY_PUBLIC_SERVICE_METHOD_IS_GUARDED;

    @ArchTest
    static final ArchRule accountBootstrapOnlyAtStartup = ArchitectureRules.ACCOUNT_BOOTSTRAP_ONLY_AT_STARTUP;

    @ArchTest
    static final ArchRule transactionsLiveInServices = noClasses().that().resideInAPackage("..ui..")
            .should().beAnnotatedWith(org.springframework.transaction.annotation.Transactional.class);
}
