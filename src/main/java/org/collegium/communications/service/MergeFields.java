package org.collegium.communications.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The merge fields a communication may use: {firstName}, {lastName}, {fullName}, {email}, {termEnds}. */
public final class MergeFields {

    public static final List<String> KNOWN = List.of("firstName", "lastName", "fullName", "email", "termEnds");

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private MergeFields() {
    }

    /** The fields named in the text that are not known, in order of appearance. */
    public static List<String> unknown(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                if (!KNOWN.contains(m.group(1))) {
                    found.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The text with each known field replaced by its value, escaped as the output needs. */
    public static String apply(String text, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : escape.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
