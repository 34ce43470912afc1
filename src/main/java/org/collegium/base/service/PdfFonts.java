package org.collegium.base.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/** The fonts of every PDF (receipts, certificates, transcripts): Liberation Sans, embedded, so that every name prints as written (not only names in Latin-1). */
public final class PdfFonts {

    public static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    public static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String resource) {
        try (var in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
