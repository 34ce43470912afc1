package org.collegium.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each architecture rule fails on a deliberately leaky probe class (test-only, in {@code probes}): a view calling
 * a repository and a system service, an unguarded public service outside a transaction using another feature's
 * repository and the account bootstrap. So a rule that passes in {@link ArchitectureTest} is one that can fail.
 */
class ArchitectureProbesTest {

    private static JavaClasses probes;

    @BeforeAll
    static void importProbes() {
        probes = new ClassFileImporter().importPackages("org.collegium.architecture.probes");
    }

    static Stream<Arguments> rulesAndTheirProbes() {
        return Stream.of(
                Arguments.of("view calling a repository", ArchitectureRules.DATA_ACCESS_ONLY_IN_DOMAIN_AND_SERVICE,
                        "LeakyView"),
                Arguments.of("view calling a system service", ArchitectureRules.VIEWS_NEVER_CALL_OPEN_SERVICES,
                        "LeakyView"),
                Arguments.of("cross-feature repository use", ArchitectureRules.REPOSITORIES_ONLY_OF_THE_OWN_FEATURE,
                        "LeakyService"),
                Arguments.of("database outside a transaction",
                        ArchitectureRules.DATA_ACCESS_ONLY_FROM_TRANSACTIONAL_SERVICES, "LeakyService"),
                Arguments.of("unguarded public service", ArchitectureRules.EVERY_PUBLIC_SERVICE_METHOD_IS_GUARDED,
                        "LeakyService.everyone()"),
                Arguments.of("account bootstrap outside startup", ArchitectureRules.ACCOUNT_BOOTSTRAP_ONLY_AT_STARTUP,
                        "LeakyService"));
    }

    @ParameterizedTest(name = "{0} fails the build")
    @MethodSource("rulesAndTheirProbes")
    void theRuleReportsTheProbe(String leak, ArchRule rule, String probe) {
        assertThatThrownBy(() -> rule.check(probes)).isInstanceOf(AssertionError.class).hasMessageContaining(probe);
    }
}
