package org.collegium.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collegium.accounts.domain.Role;
import org.collegium.base.domain.Access;
import org.junit.jupiter.api.Test;

/**
 * Role names are spelled once, in {@link Access}: no security annotation, and no other string, names a role by
 * hand (a typo in a hand-written "hasRole('BORAD')" would quietly refuse everyone, or a copy would drift).
 */
class TypedRolesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern SECURITY_ANNOTATION = Pattern.compile(
            "@(PreAuthorize|PostAuthorize|PreFilter|PostFilter|RolesAllowed|Secured)\\s*\\(");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]++|\\\\.)*+)\"");
    private static final Pattern ROLE_WORD = Pattern.compile("\\b(ROLE_)?("
            + String.join("|", Arrays.stream(Role.values()).map(Role::name).toList()) + ")\\b");
    private static final Pattern ROLE_EXPRESSION = Pattern.compile("has(Any)?(Role|Authority)\\s*\\(");

    @Test
    void noRoleIsSpelledByHandInTheSources() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("org/collegium/base/domain/Access.java"))) {
                    continue;
                }
                violations(Files.readString(file)).forEach(v -> found.add(SOURCES.relativize(file) + ": " + v));
            }
        }
        assertThat(found).as("use the constants of org.collegium.base.domain.Access").isEmpty();
    }

    @Test
    void theScanCatchesARoleSpelledByHand() {
        assertThat(violations("@PreAuthorize(\"hasAnyRole('BOARD','ADMIN')\") void a() {}")).hasSize(1);
        assertThat(violations("@RolesAllowed({Access.ADMIN, \"BOARD\"}) class A {}")).hasSize(1);
        assertThat(violations("static final String READERS = \"hasRole('OFFICER')\";")).hasSize(1);
        assertThat(violations("@PreAuthorize(Access.IS_BOARD_OR_ADMIN + \" or \" + Access.IS_MEMBER) void a() {}"))
                .isEmpty();
        assertThat(violations("@PreAuthorize(\"isAuthenticated()\") void a() {}")).isEmpty();
    }

    @Test
    void everyRoleNameInAccessIsARoleAndEveryRoleIsThere() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field f : Access.class.getFields()) {
            String value = (String) f.get(null);
            if (Modifier.isStatic(f.getModifiers()) && value.matches("[A-Z_]+")) {
                names.add(value);
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    /** Hand-spelled roles in one source file: in a security annotation's strings, or in any role expression. */
    static List<String> violations(String source) {
        List<String> found = new ArrayList<>();
        Matcher annotation = SECURITY_ANNOTATION.matcher(source);
        while (annotation.find()) {
            String arguments = arguments(source, annotation.end());
            Matcher literal = STRING_LITERAL.matcher(arguments);
            while (literal.find()) {
                if (ROLE_WORD.matcher(literal.group(1)).find() || ROLE_EXPRESSION.matcher(literal.group(1)).find()) {
                    found.add(annotation.group() + arguments + ")");
                    break;
                }
            }
        }
        Matcher literal = STRING_LITERAL.matcher(source);
        while (literal.find()) {
            if (ROLE_EXPRESSION.matcher(literal.group(1)).find() && !found.toString().contains(literal.group())) {
                found.add(literal.group());
            }
        }
        return found;
    }

    /** The text up to the parenthesis that closes the one opened just before {@code from}. */
    private static String arguments(String source, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }
}
