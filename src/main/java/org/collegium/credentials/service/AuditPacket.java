package org.collegium.credentials.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.collegium.credentials.domain.Cycle;

/**
 * A credential's audit packet for one cycle, as a member hands it to a licensing board: a zip (written as it goes,
 * one file at a time) holding the transcript PDF, the certificate files behind the hours that count, each named
 * "date provider - title", and an index in the member's language listing every file.
 */
final class AuditPacket implements AutoCloseable {

    static final String CONTENT_TYPE = "application/zip";
    private static final int MAX_NAME = 120;

    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();
    private final StringBuilder index = new StringBuilder();

    AuditPacket(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    static String fileName(String profile, Cycle cycle) {
        return cycleFileName("audit-packet", profile, cycle, "zip");
    }

    /** A download's name that says what it is, for which credential and cycle: "what-Profile-start-end.ext". */
    static String cycleFileName(String what, String profile, Cycle cycle, String extension) {
        return sanitize(what + " " + profile + " " + cycle.start() + " " + cycle.end()).replace(' ', '-') + "."
                + extension;
    }

    /** Adds a file under a readable, safe and unique name; returns the name used. */
    String add(String name, String extension, byte[] content) {
        String base = sanitize(name);
        String unique = base + "." + extension;
        for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = base + " (" + n + ")." + extension;
        }
        try {
            zip.putNextEntry(new ZipEntry(unique));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unique;
    }

    /** A line of the index. */
    void line(String text) {
        index.append(text).append("\r\n");
    }

    /** Writes the index under this name (".txt", UTF-8 with a byte-order mark so that any editor reads it). */
    void writeIndex(String name) {
        byte[] text = index.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        add(name, "txt", withBom);
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    /**
     * A file name from text people typed: no path separators, reserved or control characters (nor the invisible
     * ones that reverse how a name reads), spaces collapsed, no leading or trailing dots, at most 120 characters.
     */
    static String sanitize(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            if (invisible || "\\/:*?\"<>|".indexOf(c) >= 0) {
                out.append(' ');
            } else {
                out.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        String clean = out.toString().replaceAll(" {2,}", " ").strip().replaceAll("^[. ]+|[. ]+$", "");
        if (clean.length() > MAX_NAME) {
            int end = MAX_NAME;
            if (Character.isHighSurrogate(clean.charAt(end - 1))) {
                end--;
            }
            clean = clean.substring(0, end).strip();
        }
        return clean.isEmpty() ? "file" : clean;
    }
}
