package org.collegium.views;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pages of {@link RouteMatrixTest#ROWS} for tests outside this package (the Chromium journeys): each page's
 * address and who opens it, by the matrix's persona names (ADMIN, BOARD, MEMBER, ...; a visitor opens the public
 * ones).
 */
public final class RouteMatrix {

    private RouteMatrix() {
    }

    /**
     * A row: {@code template} with {@code {name}} for its parameter, the {@code kind} of record it names (NONE,
     * MEMBER, GROUP, EVENT, LISTING), {@code opens} the personas opening it (their own record), {@code opensNew} those
     * opening it with the word "new" (empty if it takes none), {@code sample} an address to use instead.
     */
    public record Page(String template, String kind, boolean isPublic, Set<String> opens, Set<String> opensNew,
            String sample) {
    }

    public static List<Page> pages() {
        return RouteMatrixTest.ROWS.stream().map(r -> new Page(r.template(), r.kind().name(), r.isPublic(),
                names(r.opens()), r.opensNew() == null ? Set.of() : names(r.opensNew()), r.sample())).toList();
    }

    private static Set<String> names(Set<RouteMatrixTest.Persona> personas) {
        Set<String> names = new TreeSet<>();
        personas.forEach(p -> names.add(p.name()));
        return names;
    }
}
