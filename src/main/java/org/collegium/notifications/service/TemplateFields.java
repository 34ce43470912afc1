package org.collegium.notifications.service;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.collegium.base.i18n.Messages;
import org.collegium.notifications.service.SystemMails.Field;
import org.collegium.notifications.service.SystemMails.Part;

/**
 * Between what an administrator writes and what the bundles hold. An administrator writes plain text with named
 * fields ("Dear {firstName}, it's here: {link}"); an apostrophe is just an apostrophe and a brace always opens or
 * closes a field. The bundles hold {@link MessageFormat} patterns with positional arguments ("Dear {0}, it''s
 * here: {2}"): an apostrophe written twice, a field's number in the pattern's arguments, and perhaps its format
 * ("{0,number,integer}"), which the named field keeps.
 */
final class TemplateFields {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** What is wrong with a text, in the current person's language. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private TemplateFields() {
    }

    /**
     * The administrator's text as a pattern with positional arguments; formats (a number's) come from the default
     * pattern. Refused: a brace opened and not closed (or closed and not opened), a field the text does not know, a
     * required field left out, a subject of more than one line.
     */
    static String toPattern(Part part, String text, String defaultPattern) throws Refused {
        if (part.subject() && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            throw new Refused(Messages.t("notifications.templates.error.subject-line"));
        }
        Map<Integer, String> formats = formats(defaultPattern);
        StringBuilder out = new StringBuilder();
        Set<String> used = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i + 1);
                int reopen = text.indexOf('{', i + 1);
                if (close < 0 || (reopen >= 0 && reopen < close)) {
                    throw new Refused(Messages.t("notifications.templates.error.unclosed", i + 1, "{", "}",
                            example(part)));
                }
                String name = text.substring(i + 1, close).strip();
                if (!NAME.matcher(name).matches()) {
                    throw new Refused(Messages.t("notifications.templates.error.bad-name",
                            text.substring(i, close + 1), example(part)));
                }
                Field field = part.field(name).orElseThrow(() -> new Refused(part.fields().isEmpty()
                        ? Messages.t("notifications.templates.error.unknown-none", "{" + name + "}")
                        : Messages.t("notifications.templates.error.unknown", "{" + name + "}", known(part))));
                used.add(name);
                out.append('{').append(field.index()).append(formats.getOrDefault(field.index(), "")).append('}');
                i = close + 1;
            } else if (c == '}') {
                throw new Refused(Messages.t("notifications.templates.error.unopened", i + 1, "}", example(part)));
            } else {
                out.append(c == '\'' ? "''" : String.valueOf(c));
                i++;
            }
        }
        List<String> missing = part.fields().stream().filter(f -> f.required() && !used.contains(f.name()))
                .map(f -> "{" + f.name() + "}").toList();
        if (!missing.isEmpty()) {
            throw new Refused(Messages.t("notifications.templates.error.required", String.join(", ", missing)));
        }
        String pattern = out.toString();
        try {
            new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            throw new Refused(Messages.t("notifications.templates.error.invalid", e.getMessage()));
        }
        return pattern;
    }

    /** A bundle pattern as an administrator reads and writes it: named fields, apostrophes as they are. */
    static String toNamed(Part part, String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                } else {
                    quoted = !quoted;
                    i++;
                }
            } else if (c == '{' && !quoted) {
                int end = closing(pattern, i);
                String inside = pattern.substring(i + 1, end);
                int comma = inside.indexOf(',');
                int index = Integer.parseInt((comma < 0 ? inside : inside.substring(0, comma)).strip());
                String name = part.fields().stream().filter(f -> f.index() == index).map(Field::name).findFirst()
                        .orElseThrow(() -> new IllegalStateException(part.key() + " has argument " + index
                                + " without a name in SystemMails"));
                out.append('{').append(name).append('}');
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The text with each field replaced by its value (the preview's sample values). */
    static String fill(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            String name = text.substring(open + 1, close).strip();
            out.append(values.getOrDefault(name, text.substring(open, close + 1)));
            i = close + 1;
        }
        return out.toString();
    }

    /** Each argument's format in the pattern: ",number,integer" for "{0,number,integer}", none for "{1}". */
    static Map<Integer, String> formats(String pattern) {
        Map<Integer, String> formats = new HashMap<>();
        if (pattern == null) {
            return formats;
        }
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = closing(pattern, i);
                String inside = pattern.substring(i + 1, end);
                int comma = inside.indexOf(',');
                if (comma >= 0) {
                    formats.put(Integer.parseInt(inside.substring(0, comma).strip()), inside.substring(comma));
                }
                i = end;
            }
        }
        return formats;
    }

    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced braces in " + pattern);
    }

    private static String known(Part part) {
        return part.fields().stream().map(f -> "{" + f.name() + "}").collect(Collectors.joining(", "));
    }

    private static String example(Part part) {
        return part.fields().isEmpty() ? "{firstName}" : "{" + part.fields().getFirst().name() + "}";
    }

    /** The names of a text's fields, the required ones separately. */
    static List<String> names(Part part, boolean requiredOnly) {
        List<String> names = new ArrayList<>();
        part.fields().stream().filter(f -> !requiredOnly || f.required()).forEach(f -> names.add("{" + f.name() + "}"));
        return names;
    }
}
