package org.collegium.externalce;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Real small certificate files (and broken ones) for the tests. */
public final class CertificateSamples {

    private CertificateSamples() {
    }

    public static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Certificate of attendance: Ethics in group psychotherapy, 3 CE hours"));
        doc.close();
        return out.toByteArray();
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLUE);
        g.drawString("CE 3h", 10, 40);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file (as if renamed to certificate.pdf). */
    public static byte[] text() {
        return "This is my certificate, honestly.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The first part of a file, as a broken upload leaves it. */
    public static byte[] truncated(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    /** A file of this many bytes that starts like a PDF. */
    public static byte[] largePdfLike(int bytes) {
        byte[] content = new byte[bytes];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }
}
