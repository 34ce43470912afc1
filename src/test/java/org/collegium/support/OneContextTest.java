package org.collegium.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The run starts the whole application once for every integration test, view test, HTTP test and in-process
 * journey ({@link IntegrationTest}); any test class that configures its context differently starts another one
 * (20-40 s and more on a busy machine). A test that needs another setting changes it at run time and puts it back;
 * a test that needs a server of its own starts it itself (as {@code TwoNodesTest} and {@link SpareMariaDb} do).
 */
@AnalyzeClasses(packages = "org.collegium", importOptions = ImportOption.OnlyIncludeTests.class)
class OneContextTest {

    @ArchTest
    static final ArchRule noTestConfiguresItsOwnContext = noClasses()
            .that().doNotHaveFullyQualifiedName(IntegrationTest.class.getName())
            // benchmarks run apart (-Pbench); ReportsBenchmark fills a database of its own before the summaries
            .and().resideOutsideOfPackage("org.collegium.bench..")
            .should().beAnnotatedWith("org.springframework.boot.test.context.SpringBootTest")
            .orShould().beAnnotatedWith("org.springframework.test.annotation.DirtiesContext")
            .orShould().beAnnotatedWith("org.springframework.test.context.TestPropertySource")
            .orShould().beAnnotatedWith("org.springframework.test.context.ContextConfiguration")
            .orShould().beAnnotatedWith("org.springframework.test.context.ActiveProfiles")
            .orShould().beAnnotatedWith("org.springframework.context.annotation.Import")
            .orShould().beAnnotatedWith("org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc")
            .because("every Spring test shares the one context of @IntegrationTest");

    @ArchTest
    static final ArchRule noTestReplacesABean = noFields()
            .should().beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoBean")
            .orShould().beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoSpyBean")
            .orShould().beAnnotatedWith("org.springframework.test.context.bean.override.convention.TestBean")
            .because("a replaced bean is another context; shared test beans go in IntegrationTest.TestClockConfig");

    @ArchTest
    static final ArchRule noTestSetsPropertiesOfItsContext = noMethods()
            .should().beAnnotatedWith("org.springframework.test.context.DynamicPropertySource")
            .because("properties of its own are a context of its own");
}
