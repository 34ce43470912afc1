package org.collegium.base.service;

import java.util.Locale;

/** Search boxes: what a person typed, as the case-insensitive "contains" queries expect it. */
public final class SearchText {

    private SearchText() {
    }

    /** Lower-cased and trimmed, with LIKE's wildcards escaped so that "%" or "_" match themselves. */
    public static String normalise(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
