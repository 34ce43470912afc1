package org.collegium.base.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded MariaDB stops with the application, after the connection pool has closed: every DataSource
 * depends on the server's bean, so Spring destroys the pool first and the server after it (a SIGTERM closes the
 * context through Spring's shutdown hook, so no mariadbd is left behind).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = EmbeddedDatabaseEnvironmentPostProcessor.RUNNING)
class EmbeddedMariaDbLifecycle {

    static final String BEAN = "embeddedMariaDb";

    @Bean(name = BEAN, destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb() {
        EmbeddedMariaDb db = EmbeddedMariaDb.current();
        db.acquire();
        return db;
    }

    @Bean
    static BeanFactoryPostProcessor dataSourcesDependOnEmbeddedMariaDb() {
        return factory -> {
            for (String name : factory.getBeanNamesForType(DataSource.class, true, false)) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                Set<String> dependsOn = new LinkedHashSet<>();
                if (definition.getDependsOn() != null) {
                    dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
                }
                dependsOn.add(BEAN);
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        };
    }
}
