package org.collegium.base.domain;

import java.util.Locale;

/**
 * Search boxes: what a person typed, as the case-insensitive "contains" queries expect it. Every LIKE built on it
 * names {@link #ESCAPE} (JPQL: {@code escape '!'}; criteria: {@code cb.like(x, pattern, SearchText.ESCAPE)}):
 * Hibernate tells MariaDB {@code escape ''} when none is named, which made "%", "_" and "\\" unfindable.
 */
public final class SearchText {

    /** The LIKE escape character; not a backslash, which MariaDB string literals would need doubled. */
    public static final char ESCAPE = '!';

    private SearchText() {
    }

    /** Lower-cased and trimmed, with LIKE's wildcards escaped so that "%", "_" (and "!") match themselves. */
    public static String normalise(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
