package org.collegium.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Which database the portal uses: the configured one, or the embedded one, which production refuses. */
class EmbeddedDatabaseEnvironmentPostProcessorTest {

    private final EmbeddedDatabaseEnvironmentPostProcessor processor = new EmbeddedDatabaseEnvironmentPostProcessor();

    @Test
    void productionRefusesTheEmbeddedDatabaseWithAClearMessage() {
        StandardEnvironment env = new StandardEnvironment();
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> processor.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("COLLEGIUM_EMBEDDED_DB_ALLOW_IN_PROD");
    }

    @Test
    void aConfiguredDatabaseIsUsedAsItIs() {
        StandardEnvironment env = new StandardEnvironment();
        env.setActiveProfiles("prod");
        env.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:mariadb://db.example:3306/collegium")));
        processor.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://db.example:3306/collegium");
        assertThat(env.getPropertySources().contains("collegium-embedded-mariadb")).isFalse();
    }
}
