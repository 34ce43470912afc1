package org.collegium.base.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, starts an embedded MariaDB and points the datasource at it,
 * so a fresh clone runs with nothing installed. Runs after the configuration files are read.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "collegium.embedded-db.enabled";
    static final String DATA_DIR = "collegium.embedded-db.data-dir";
    static final String THROW_AWAY = "collegium.embedded-db.throw-away";
    static final String ALLOW_IN_PROD = "collegium.embedded-db.allow-in-prod";
    /** Set by this processor: the context then stops the server when it closes (see EmbeddedMariaDbLifecycle). */
    static final String RUNNING = "collegium.embedded-db.running";
    /** Set by this processor: where MariaDB's client tools are (backups use mariadb-dump from there). */
    public static final String BIN_DIR = "collegium.embedded-db.bin-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        boolean prod = Arrays.asList(env.getActiveProfiles()).contains("prod");
        if (prod && !env.getProperty(ALLOW_IN_PROD, Boolean.class, false)) {
            throw new IllegalStateException("""
                    The 'prod' profile needs a real database: set SPRING_DATASOURCE_URL, \
                    SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. To run production on the \
                    embedded MariaDB anyway, set COLLEGIUM_EMBEDDED_DB_ALLOW_IN_PROD=true.""");
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(
                Path.of(env.getProperty(DATA_DIR, "data/mariadb")),
                env.getProperty(THROW_AWAY, Boolean.class, false));
        env.getPropertySources().addFirst(new MapPropertySource("collegium-embedded-mariadb", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                RUNNING, "true",
                BIN_DIR, db.binDir().toString())));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
