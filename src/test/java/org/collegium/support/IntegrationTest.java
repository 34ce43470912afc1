package org.collegium.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.collegium.affiliates.domain.AffiliateRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test run's embedded MariaDB, with a movable clock, its web server on a random port.
 * Every service, browserless view and HTTP test and the in-process portal of the Chromium journeys
 * ({@code e2e/Portal}) use exactly this, so they all share one Spring context, started once per test run: add no
 * {@code @MockitoBean}, {@code @TestPropertySource}, {@code @DirtiesContext} or other context configuration to a test
 * class (each such difference starts another whole application); a setting a test needs to change is changed at
 * run time and put back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(IntegrationTest.TestClockConfig.class)
public @interface IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClockConfig {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }

        @Bean
        DemoData demoData(AffiliateRepository affiliates, MembershipTypeRepository types) {
            return new DemoData(affiliates, types);
        }

        /** Counts SQL statements per thread for QueriesPerPageTest (wraps the DataSource). */
        @Bean
        static SqlCounter sqlCounter() {
            return new SqlCounter();
        }

        @Bean
        Roles roles(ObjectProvider<SecurityContextHolderStrategy> strategy) {
            return new Roles(strategy);
        }

        /**
         * Password hashes at bcrypt's lowest cost (4) in the tests, which hash and check a few hundred; the
         * application itself keeps bcrypt's default (10). A hash of either cost matches with either encoder.
         */
        @Bean
        static BeanPostProcessor fastPasswordHashesInTests() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof BCryptPasswordEncoder ? new BCryptPasswordEncoder(4) : bean;
                }
            };
        }
    }
}
