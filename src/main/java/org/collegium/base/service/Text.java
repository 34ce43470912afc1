package org.collegium.base.service;

/** Form text as it is stored: trimmed, and empty means "not given". */
public final class Text {

    private Text() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
