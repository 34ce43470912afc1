package org.collegium.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles under src/main/resources/i18n agree with each other and with the code: every key is in English and in
 * Spanish, lives in the bundle its first segment names, is a valid MessageFormat pattern with the same last argument in
 * both languages, is used by the code (by its literal or a literal prefix ending in "."), and every key the code
 * asks for exists.
 */
class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path CODE = Path.of("src/main/java");
    /** An apostrophe MessageFormat would swallow: it must be written twice. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A key the code asks for: the first string argument of t, in, has or getTranslation. */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:t|in|has|getTranslation)\\((?:[\\w.()]+,\\s*)?\"([a-z]+\\.[a-z0-9.-]*[a-z0-9-])\"");

    private static final Map<String, Properties> english = new TreeMap<>();
    private static final Map<String, Properties> spanish = new TreeMap<>();
    private static String code;

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".properties")) {
                    continue;
                }
                if (name.endsWith("_es.properties")) {
                    spanish.put(name.substring(0, name.length() - "_es.properties".length()), load(file));
                } else {
                    english.put(name.substring(0, name.length() - ".properties".length()), load(file));
                }
            }
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> sources = Files.walk(CODE)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(source)).append('\n');
            }
        }
        code = all.toString();
    }

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeys() {
        assertThat(spanish.keySet()).as("bundles with a Spanish file").isEqualTo(english.keySet());
        List<String> wrong = new ArrayList<>();
        english.forEach((bundle, en) -> {
            Properties es = spanish.getOrDefault(bundle, new Properties());
            for (String key : en.stringPropertyNames()) {
                if (!es.containsKey(key)) {
                    wrong.add("missing in " + bundle + "_es: " + key);
                }
            }
            for (String key : es.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    wrong.add("missing in " + bundle + " (English): " + key);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyLivesInTheBundleItsFirstSegmentNames() {
        List<String> wrong = new ArrayList<>();
        forEachText((bundle, language, key, value) -> {
            if (!key.startsWith(bundle + ".")) {
                wrong.add(bundle + language + ": " + key);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyTextIsAPatternWithTheSameArgumentsInBothLanguages() {
        List<String> wrong = new ArrayList<>();
        forEachText((bundle, language, key, value) -> {
            if (LONE_APOSTROPHE.matcher(value).find()) {
                wrong.add(key + " (" + language + "): write an apostrophe twice: " + value);
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                wrong.add(key + " (" + language + "): " + e.getMessage());
            }
            if (value.isBlank()) {
                wrong.add(key + " (" + language + ") is empty");
            }
        });
        english.forEach((bundle, en) -> {
            Properties es = spanish.getOrDefault(bundle, new Properties());
            for (String key : en.stringPropertyNames()) {
                // a language may leave out an argument (a plural the other needs), never ask for one past the last
                if (es.containsKey(key) && !highest(en.getProperty(key)).equals(highest(es.getProperty(key)))) {
                    wrong.add(key + ": arguments " + arguments(en.getProperty(key)) + " in English, "
                            + arguments(es.getProperty(key)) + " in Spanish");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCode() {
        List<String> unused = new ArrayList<>();
        english.values().forEach(en -> en.stringPropertyNames().stream().sorted().forEach(key -> {
            if (!used(key)) {
                unused.add(key);
            }
        }));
        assertThat(unused).as("keys no code asks for (remove them, or use them)").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        Set<String> missing = new TreeSet<>();
        Matcher asked = ASKED.matcher(code);
        while (asked.find()) {
            String key = asked.group(1);
            String bundle = key.substring(0, key.indexOf('.'));
            Properties en = english.get(bundle);
            if (en == null || !en.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys the code asks for that no bundle has").isEmpty();
    }

    private static boolean used(String key) {
        if (code.contains("\"" + key + "\"")) {
            return true;
        }
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (code.contains("\"" + key.substring(0, dot + 1) + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static Integer highest(String pattern) {
        return arguments(pattern).stream().map(Integer::valueOf).max(Integer::compare).orElse(-1);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private interface TextVisitor {
        void visit(String bundle, String language, String key, String value);
    }

    private static void forEachText(TextVisitor visitor) {
        english.forEach((bundle, p) -> p.stringPropertyNames()
                .forEach(k -> visitor.visit(bundle, "", k, p.getProperty(k))));
        spanish.forEach((bundle, p) -> p.stringPropertyNames()
                .forEach(k -> visitor.visit(bundle, "_es", k, p.getProperty(k))));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
