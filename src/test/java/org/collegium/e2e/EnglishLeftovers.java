package org.collegium.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds English on a page that should be in Spanish: the English text of every bundle key whose Spanish differs (its
 * arguments as wildcards) is looked for among the page's texts (text nodes, through shadow roots, accessible names,
 * titles and placeholders, the document's title). A text that is the English of a key, whole, is a leftover.
 */
final class EnglishLeftovers {

    /** One key's English text, as a pattern matching a whole text of the page. */
    record English(String key, String text, Pattern whole, int letters) {

        /** Matches a whole text whose words are mostly the key's own (not a stored name filling an argument). */
        boolean in(String pageText) {
            return whole.matcher(pageText).matches() && letters * 2 >= pageText.replaceAll("[^\\p{L}]", "").length();
        }
    }

    private static final List<English> ENGLISH = load();

    private static final String TEXTS_JS = """
            () => {
              const out = [[document.title, 'title']];
              const where = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
                ? '.' + el.className.split(' ')[0] : '') + ' in ' + (el.parentElement || el.getRootNode().host || el).tagName.toLowerCase();
              const seen = new Set();
              const visible = el => !el.checkVisibility || el.checkVisibility();
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) continue;
                  if (visible(el)) {
                    for (const a of ['aria-label', 'title', 'placeholder']) {
                      const v = el.getAttribute(a);
                      if (v) out.push([v, a + ' of ' + where(el)]);
                    }
                    for (const n of el.childNodes) {
                      if (n.nodeType === Node.TEXT_NODE && n.textContent.trim()) out.push([n.textContent, where(el)]);
                    }
                  }
                  if (el.shadowRoot && !seen.has(el.shadowRoot)) { seen.add(el.shadowRoot); walk(el.shadowRoot); }
                }
              };
              walk(document);
              return out.map(([t, w]) => [t.replace(/\\s+/g, ' ').trim(), w]).filter(([t]) => t.length > 0);
            }""";

    private EnglishLeftovers() {
    }

    /** The page's texts that are the English of a key, each with its key and where it is ("key: text (where)"). */
    @SuppressWarnings("unchecked")
    static List<String> on(Page page) {
        List<List<String>> texts = (List<List<String>>) page.evaluate(TEXTS_JS);
        List<String> found = new ArrayList<>();
        for (List<String> text : new HashSet<>(texts)) {
            for (English e : ENGLISH) {
                if (e.in(text.get(0))) {
                    found.add(e.key() + ": \"" + text.get(0) + "\" (" + text.get(1) + ")");
                }
            }
        }
        return found;
    }

    /** The English texts of these keys (a prefix such as "events.pdf.certificate.") that occur in the text. */
    static List<String> in(String text, String keyPrefix) {
        String flat = text.replaceAll("\\s+", " ");
        return ENGLISH.stream().filter(e -> e.key().startsWith(keyPrefix))
                .filter(e -> Pattern.compile(e.whole().pattern().replaceAll("^\\^|\\$$", "")).matcher(flat).find())
                .map(e -> e.key() + ": \"" + e.text() + "\"").toList();
    }

    private static List<English> load() {
        try {
            Set<String> spanishTexts = new HashSet<>();
            List<Properties[]> bundles = new ArrayList<>();
            for (Resource english : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String name = english.getFilename();
                if (name == null || name.contains("_")) {
                    continue;
                }
                Resource spanish = english.createRelative(name.replace(".properties", "_es.properties"));
                Properties en = read(english);
                Properties es = spanish.exists() ? read(spanish) : new Properties();
                es.values().forEach(v -> spanishTexts.add(literal(String.valueOf(v))));
                bundles.add(new Properties[] {en, es});
            }
            List<English> english = new ArrayList<>();
            for (Properties[] bundle : bundles) {
                for (String key : bundle[0].stringPropertyNames()) {
                    String en = bundle[0].getProperty(key);
                    String es = bundle[1].getProperty(key);
                    if (en.equals(es) || spanishTexts.contains(literal(en))) {
                        continue; // the same in both (a name, "Email", "CE"…): not a sign of English
                    }
                    Pattern whole = whole(en);
                    if (whole != null) {
                        english.add(new English(key, en, whole, literal(en).replaceAll("[^\\p{L}]", "").length()));
                    }
                }
            }
            return english;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(Resource resource) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** The MessageFormat text with its arguments left out. */
    private static String literal(String format) {
        return String.join("", parts(format));
    }

    /**
     * A pattern for the whole of a text made from this MessageFormat (arguments as wildcards), or null when the
     * literal words are too few to say it is English (fewer than four letters, e.g. "{0}: {1}", or a single word
     * beside an argument, which data such as a title may hold).
     */
    private static Pattern whole(String format) {
        List<String> parts = parts(format);
        String letters = String.join("", parts).replaceAll("[^\\p{L}]", "");
        if (letters.length() < 4) {
            return null;
        }
        // one literal word around the data ("Cancel {0}") may be the data's own: an event called "Cancel offer"
        long words = java.util.Arrays.stream(String.join(" ", parts).split("[^\\p{L}]+")).filter(w -> !w.isEmpty())
                .count();
        if (parts.size() > 1 && words < 2) {
            return null;
        }
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                regex.append(".+?");
            }
            String part = parts.get(i).replaceAll("\\s+", " ").trim();
            if (!part.isEmpty()) {
                regex.append(i > 0 && parts.get(i).matches("^\\s.*") ? "\\s+" : "").append(Pattern.quote(part))
                        .append(i < parts.size() - 1 && parts.get(i).matches(".*\\s$") ? "\\s+" : "");
            }
        }
        return Pattern.compile(regex.append("$").toString());
    }

    /** The literal pieces of a MessageFormat pattern between its arguments ('' is an apostrophe, 'x' is quoted). */
    private static List<String> parts(String format) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
            } else if (c == '\'') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '\'') {
                    part.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                depth = 1;
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
