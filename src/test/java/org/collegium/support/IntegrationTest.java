package org.collegium.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.collegium.affiliates.domain.AffiliateRepository;
import org.collegium.members.domain.MembershipTypeRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test run's embedded MariaDB, with a movable clock. Every service and
 * browserless view test uses exactly this, so they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
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
    }
}
