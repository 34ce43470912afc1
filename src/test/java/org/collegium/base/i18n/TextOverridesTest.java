package org.collegium.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Messages asks the newest registered TextOverrides first, per language, and falls back to the bundle. */
class TextOverridesTest {

    private static final String KEY = "accounts.mail.reset.subject";

    @Test
    void aRegisteredOverrideAnswersForItsLanguageOnlyUntilWithdrawn() {
        String english = Messages.in(Messages.ENGLISH, KEY, "S");
        String spanish = Messages.in(Messages.SPANISH, KEY, "S");
        AtomicInteger changes = new AtomicInteger();
        TextOverrides texts = new TextOverrides() {
            @Override
            public String pattern(Locale language, String key) {
                return key.equals(KEY) && language.equals(Messages.SPANISH) ? "Nueva de {0}, ''ya''" : null;
            }

            @Override
            public void changed() {
                changes.incrementAndGet();
            }
        };
        Messages.override(texts);
        try {
            assertThat(Messages.in(Messages.SPANISH, KEY, "S")).isEqualTo("Nueva de S, 'ya'");
            assertThat(Messages.in(Messages.ENGLISH, KEY, "S")).isEqualTo(english);
            assertThat(Messages.bundlePattern(Messages.SPANISH, KEY)).as("the bundle's own").doesNotContain("Nueva");
            Messages.overridesChanged();
            assertThat(changes).hasValue(1);
        } finally {
            Messages.stopOverriding(texts);
        }
        assertThat(Messages.in(Messages.SPANISH, KEY, "S")).isEqualTo(spanish);
    }

    @Test
    void aFailingOverrideFallsBackToTheBundle() {
        String english = Messages.in(Messages.ENGLISH, KEY, "S");
        TextOverrides broken = new TextOverrides() {
            @Override
            public String pattern(Locale language, String key) {
                throw new IllegalStateException("closed");
            }

            @Override
            public void changed() {
            }
        };
        Messages.override(broken);
        try {
            assertThat(Messages.in(Messages.ENGLISH, KEY, "S")).isEqualTo(english);
        } finally {
            Messages.stopOverriding(broken);
        }
    }
}
