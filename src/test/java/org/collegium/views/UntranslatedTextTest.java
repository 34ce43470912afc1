package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.text.DateFormatSymbols;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.base.i18n.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.collegium.groups.service.DemoGroups;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.views.RouteMatrixTest.Kind;
import org.collegium.views.RouteMatrixTest.Persona;
import org.collegium.views.RouteMatrixTest.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Finds words on a page that did not come from the bundles: every page a role opens (the route matrix's rows, with
 * the role's own record where the address names one) is shown in the pseudo-locale, where every translated text is
 * wrapped in ⟦…⟧. What is left outside the brackets must be data (values stored in the database, whole or quoted,
 * and the words of names, titles, emails and places), dates, numbers, two-letter place codes, language and zone names as the JDK writes them, and web
 * addresses; any other word is a
 * hard-coded string. Stored values are data whatever their language: an email subject in the outbox was written
 * in its recipient's. Texts are read from the element tree
 * (text, labels, placeholders, helper texts, titles, accessible names) and from grids (headers and the first rows'
 * cell texts).
 */
@IntegrationTest
class UntranslatedTextTest extends SpringBrowserlessTest {

    private static final List<Persona> READERS = List.of(Persona.ADMIN, Persona.AFFILIATE_ADMIN,
            Persona.FACILITATOR, Persona.MEMBER, Persona.ANONYMOUS);
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "title",
            "errorMessage", "header", "ariaLabel", "accessibleName");
    private static final List<String> ATTRIBUTES = List.of("title", "aria-label", "alt", "placeholder");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A state's or country's two-letter code (a place, not a word to translate). */
    private static final Pattern CODE = Pattern.compile("\\p{Lu}{2}");
    private static final Pattern URL = Pattern.compile("https?://\\S*");
    private static final Pattern INNERMOST = Pattern.compile("⟦[^⟦⟧]*⟧");
    /** Words that are not the portal's to translate: its name and each language's own name in the switch. */
    private static final Set<String> FIXED = Set.of("Collegium", "English", "Español", "Vaadin");

    @Autowired UserDetailsService users;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;
    @Autowired JdbcTemplate jdbc;
    @Autowired DemoData demo;

    private Set<String> dataValues;
    private Set<String> dataWords;
    /** Stored values long enough to be quoted inside a text, longest first. */
    private List<String> longValues;

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
        strategy().clearContext();
    }

    @Test
    void everyWordOnEveryPageComesFromTheBundlesOrTheData() {
        readData();
        Map<Kind, String> own = Map.of(
                Kind.MEMBER, one("SELECT MIN(id) FROM member WHERE affiliate_id = ?", demo.affiliateId("CGPS")),
                Kind.EVENT, one("SELECT MIN(id) FROM event WHERE affiliate_id = ? AND status = 'PUBLISHED'",
                        demo.affiliateId("CGPS")),
                Kind.GROUP, one("SELECT id FROM peer_group WHERE name = ?", DemoGroups.TUESDAY_GROUP),
                Kind.LISTING, one("SELECT MIN(id) FROM group_listing WHERE status = 'PUBLISHED'"));
        Set<String> found = new TreeSet<>();
        for (Persona persona : READERS) {
            signIn(persona);
            for (Row row : RouteMatrixTest.ROWS) {
                boolean opens = persona == Persona.ANONYMOUS ? row.isPublic()
                        : row.opens().contains(persona) && !"login".equals(row.template());
                if (!opens) {
                    continue;
                }
                String address = row.sample() != null ? row.sample()
                        : row.kind() == Kind.NONE ? row.template()
                        : row.template().replaceFirst("\\{[^}]+}", own.get(row.kind()));
                for (String text : texts(open(address))) {
                    for (String word : untranslated(text)) {
                        found.add("/" + address + " (" + persona.name().toLowerCase() + "): \"" + word + "\" in \""
                                + shorten(text) + "\"");
                    }
                }
            }
        }
        System.out.println("Untranslated words (" + found.size() + "):\n" + String.join("\n", found));
        assertThat(found).as("words on pages that no bundle gave (see base/service/Messages)").isEmpty();
    }

    /** Opens the address in the pseudo-locale; returns the UI's root. */
    private Element open(String address) {
        UI ui = UI.getCurrent();
        ui.setLocale(Messages.PSEUDO);
        int query = address.indexOf('?');
        Location location = query < 0 ? new Location(address) : new Location(address.substring(0, query),
                QueryParameters.fromString(address.substring(query + 1)));
        ui.getInternals().getRouter().navigate(ui, location, NavigationTrigger.PROGRAMMATIC);
        return ui.getElement();
    }

    private List<String> texts(Element root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        for (String property : PROPERTIES) {
            Object value = element.getPropertyRaw(property);
            if (value instanceof String s) {
                texts.add(s);
            }
        }
        for (String attribute : ATTRIBUTES) {
            if (element.hasAttribute(attribute)) {
                texts.add(element.getAttribute(attribute));
            }
        }
        element.getComponent().ifPresent(component -> gridTexts(component, texts));
        element.getChildren().forEach(child -> collect(child, texts));
        element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.forEachChild(node -> collect(Element.get(node), texts)));
    }

    /** A grid's headers, and the texts its columns give the first rows (they never enter the element tree). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void gridTexts(Component component, List<String> texts) {
        if (!(component instanceof Grid<?> grid)) {
            return;
        }
        List<?> items;
        try {
            items = ((Grid) grid).getGenericDataView().getItems().limit(5).toList();
        } catch (RuntimeException e) {
            items = List.of();
        }
        for (Grid.Column<?> column : grid.getColumns()) {
            if (column.getHeaderText() != null) {
                texts.add(column.getHeaderText());
            }
            for (Object item : items) {
                texts.addAll(cellTexts((Grid.Column) column, item));
            }
        }
    }

    /** What a column's renderer sends the browser for one row, read as its data generator writes it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> cellTexts(Grid.Column column, Object item) {
        List<String> texts = new ArrayList<>();
        try {
            var rendering = column.getRenderer().render(new Element("div"), new KeyMapper<>());
            rendering.getDataGenerator().ifPresent(generator -> {
                ObjectNode json = JacksonUtils.createObjectNode();
                ((DataGenerator) generator).generateData(item, json);
                json.forEach(value -> textsOf(value, texts));
            });
        } catch (RuntimeException e) {
            // a component renderer needs its grid attached: its components are in the element tree instead
        }
        return texts;
    }

    private static void textsOf(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        } else {
            node.forEach(child -> textsOf(child, texts));
        }
    }

    /** The words of a text outside its translated parts that are no data value, date word or fixed name. */
    private List<String> untranslated(String text) {
        String rest = text.strip();
        if (rest.isEmpty() || dataValues.contains(rest)) {
            return List.of();
        }
        for (Matcher m = INNERMOST.matcher(rest); m.find(); m = INNERMOST.matcher(rest)) {
            rest = m.replaceAll(" ");
        }
        rest = URL.matcher(rest).replaceAll(" ");
        if (!wordsOutsideData(rest).isEmpty()) {
            // a page may quote stored values inside a sentence of its own (a venue, a group's ground rules)
            for (String value : longValues) {
                if (rest.contains(value)) {
                    rest = rest.replace(value, " ");
                }
            }
        }
        return wordsOutsideData(rest);
    }

    private List<String> wordsOutsideData(String rest) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            if (!dataWords.contains(word.group()) && !FIXED.contains(word.group()) && !CODE.matcher(word.group())
                    .matches()) {
                words.add(word.group());
            }
        }
        return words;
    }

    /**
     * What the database holds that a page may show as it is: whole values of every text column, and the words of
     * names, titles, emails and places; plus the words dates and zones are written with.
     */
    private void readData() {
        dataValues = new HashSet<>();
        dataWords = new HashSet<>();
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() AND data_type IN ('varchar', 'text', "
                + "'char', 'mediumtext', 'longtext') AND table_name NOT IN ('flyway_schema_history', 'shedlock')");
        Set<String> withId = new HashSet<>(jdbc.queryForList("SELECT table_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND column_name = 'id'", String.class));
        for (Map<String, Object> c : columns) {
            String table = (String) c.get("table_name");
            String column = (String) c.get("column_name");
            // the newest rows where there are many (the pages list those first: earlier classes leave thousands of
            // audit entries behind)
            String newest = withId.contains(table) ? " ORDER BY id DESC" : "";
            List<String> values = jdbc.queryForList("SELECT `" + column + "` FROM `" + table + "` WHERE `"
                    + column + "` IS NOT NULL" + newest + " LIMIT 20000", String.class);
            boolean nameLike = column.matches(".*(name|title|email|city|state|country|code|location|number|"
                    + "provider|host|zone|licence|license|language|credentials).*");
            for (String value : values) {
                dataValues.add(value.strip());
                value.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(dataValues::add);
                if (nameLike) {
                    Matcher word = WORD.matcher(value);
                    while (word.find()) {
                        dataWords.add(word.group());
                    }
                }
            }
        }
        longValues = dataValues.stream().filter(v -> v.length() >= 4).sorted((a, b) -> b.length() - a.length())
                .toList();
        for (Locale locale : List.of(Messages.ENGLISH, Messages.SPANISH)) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(),
                    symbols.getShortWeekdays(), symbols.getAmPmStrings(), symbols.getEras())) {
                for (String name : names) {
                    Matcher word = WORD.matcher(name);
                    while (word.find()) {
                        dataWords.add(word.group());
                    }
                }
            }
            for (String language : Locale.getISOLanguages()) { // the JDK names languages in each language
                Matcher word = WORD.matcher(Locale.forLanguageTag(language).getDisplayLanguage(locale));
                while (word.find()) {
                    dataWords.add(word.group());
                }
            }
            for (String id : ZoneId.getAvailableZoneIds()) {
                for (TextStyle style : List.of(TextStyle.SHORT, TextStyle.FULL)) {
                    Matcher word = WORD.matcher(ZoneId.of(id).getDisplayName(style, locale) + " " + id);
                    while (word.find()) {
                        dataWords.add(word.group());
                    }
                }
            }
        }
    }

    private String one(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        assertThat(id).as(sql).isNotNull();
        return String.valueOf(id);
    }

    /** Signs the persona in (their account's real roles) in a fresh UI, in the pseudo-locale. */
    private void signIn(Persona persona) {
        cleanVaadinEnvironment();
        RouteMatrixTest.authenticate(persona, users, strategy());
        LocaleContextHolder.setLocale(Messages.PSEUDO);
        initVaadinEnvironment();
        UI.getCurrent().setLocale(Messages.PSEUDO);
    }

    private SecurityContextHolderStrategy strategy() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 100 ? one.substring(0, 100) + "…" : one;
    }
}
