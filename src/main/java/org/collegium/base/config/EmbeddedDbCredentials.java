package org.collegium.base.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.List;
import org.collegium.base.service.OwnerOnly;

/**
 * The embedded database's application user and generated password, kept in {@link #FILE} in its data directory,
 * readable by its owner only. The file is a MariaDB option file, so MariaDB's own tools sign in with it too
 * ({@code mariadb --defaults-extra-file=data/mariadb/client.cnf}); it names the port the server runs on now.
 */
public record EmbeddedDbCredentials(Path file, String user, String password) {

    public static final String FILE = "client.cnf";
    static final String USER = "collegium";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedDbCredentials in(Path dir) {
        return new EmbeddedDbCredentials(dir.resolve(FILE), null, null);
    }

    boolean exist() {
        return Files.isRegularFile(file);
    }

    /** A new password: 32 letters and digits (about 186 bits), nothing that needs quoting in SQL or the file. */
    EmbeddedDbCredentials generate() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new EmbeddedDbCredentials(file, USER, password.toString());
    }

    EmbeddedDbCredentials load() {
        try {
            List<String> lines = Files.readAllLines(file);
            return new EmbeddedDbCredentials(file, value(lines, "user"), value(lines, "password"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded database's credentials in " + file, e);
        }
    }

    /** Writes the file (owner read/write only, replaced whole so that it is never seen half-written). */
    void save(int port) {
        String text = """
                # The embedded MariaDB's application account, written by Collegium. Keep it private.
                # MariaDB's tools read it: mariadb --defaults-extra-file=%s
                [client]
                user=%s
                password=%s
                host=127.0.0.1
                port=%d
                protocol=TCP
                [mysql]
                database=%s
                """.formatted(file.toAbsolutePath(), user, password, port, EmbeddedMariaDb.DATABASE);
        try {
            Path part = file.resolveSibling(FILE + ".part");
            Files.deleteIfExists(part);
            OwnerOnly.createFile(part);
            Files.writeString(part, text);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded database's credentials to " + file, e);
        }
    }

    private String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1).strip())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + key + " in " + file + ": delete the file "
                        + "and start again to have a new password set"));
    }
}
