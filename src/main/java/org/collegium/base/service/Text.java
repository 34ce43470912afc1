package org.collegium.base.service;

import java.util.regex.Pattern;

/**
 * Form text as it is stored: trimmed, empty means "not given", and never a hidden character. Direction overrides
 * and isolates (U+202A..U+202E, U+2066..U+2069), the direction marks U+200E/U+200F and C0/C1 control characters
 * (line breaks and tabs excepted) can make a name display as something else; no form needs them.
 */
public final class Text {

    /** The characters no text field accepts (one rule: {@link FieldErrors} refuses them, {@link #clean} strips). */
    static final Pattern HIDDEN = Pattern.compile(
            "[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]");

    private Text() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = HIDDEN.matcher(value).replaceAll("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Whether the text holds a character that no field accepts (see the class comment). */
    public static boolean hasHiddenCharacters(String value) {
        return value != null && HIDDEN.matcher(value).find();
    }
}
