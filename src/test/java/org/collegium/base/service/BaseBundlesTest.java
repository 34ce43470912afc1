package org.collegium.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The base and accounts bundles: Spanish for every English key, and every value a valid pattern. */
class BaseBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "accounts"})
    void everyEnglishKeyHasSpanishAndEveryValueIsAPattern(String bundle) throws IOException {
        Properties english = load("i18n/" + bundle + ".properties");
        Properties spanish = load("i18n/" + bundle + "_es.properties");
        assertThat(spanish.stringPropertyNames()).as("Spanish keys").isEqualTo(english.stringPropertyNames());
        for (Properties texts : new Properties[] {english, spanish}) {
            texts.forEach((key, value) -> {
                assertThat((String) key).startsWith(bundle + ".");
                assertThat((String) value).as((String) key).isNotBlank();
                new MessageFormat((String) value, Locale.ROOT); // throws on a broken pattern
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base.settings.name.missing", "base.email.invalid"})
    void apostrophesAreWrittenTwice(String key) {
        assertThat(Messages.in(Messages.ENGLISH, key, "x")).contains("'");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BaseBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
