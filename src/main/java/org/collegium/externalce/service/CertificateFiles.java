package org.collegium.externalce.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.externalce.domain.CertificateType;
import org.openpdf.text.pdf.PdfReader;

/**
 * The checks a certificate file passes before anything is stored: at most {@link #MAX_BYTES}; a PDF, PNG or JPEG by
 * its first bytes (never its name or the browser's word); and readable as what it claims: a PDF that the PDF library
 * (OpenPDF, the portal's own) opens with at least one page and that ends as a PDF ends, an image that Java's
 * ImageIO decodes to its last row without a warning. Apache Tika and PDFBox are not dependencies of the portal, so
 * the signatures are checked here.
 */
public final class CertificateFiles {

    /** 10 MB: the largest certificate accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** An image larger than this many pixels is refused rather than decoded (a tiny file can claim a huge image). */
    static final long MAX_PIXELS = 100_000_000L;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private CertificateFiles() {
    }

    /** Reads an upload, refusing it as soon as it passes the limit (so that a huge file is never held whole). */
    public static byte[] read(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        return content;
    }

    static BusinessRuleException tooLarge() {
        return new BusinessRuleException(Messages.t("externalce.file.too-large", MAX_BYTES / (1024 * 1024)));
    }

    /** The file's type, read from its content, once it passed every check; otherwise why not, in the person's words. */
    public static CertificateType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException(Messages.t("externalce.file.empty"));
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        CertificateType type = sniff(content);
        if (type == null) {
            throw new BusinessRuleException(Messages.t("externalce.file.wrong-type"));
        }
        boolean readable = type == CertificateType.PDF ? pdfOpens(content) : imageDecodes(content);
        if (!readable) {
            throw new BusinessRuleException(Messages.t("externalce.file.corrupt", type.name()));
        }
        return type;
    }

    /** The type the first bytes announce (a PDF's header may follow up to 1 KB of other bytes, as readers allow). */
    static CertificateType sniff(byte[] content) {
        if (startsWith(content, PNG, 0)) {
            return CertificateType.PNG;
        }
        if (startsWith(content, JPEG, 0)) {
            return CertificateType.JPEG;
        }
        for (int at = 0; at <= Math.min(1024, content.length - PDF.length); at++) {
            if (startsWith(content, PDF, at)) {
                return CertificateType.PDF;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        if (content.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean pdfOpens(byte[] content) {
        // a PDF ends with %%EOF (within its last kilobyte): a truncated one does not, even where a reader could
        // rebuild its table of objects from what is left
        boolean ends = false;
        for (int at = Math.max(0, content.length - 1024); at <= content.length - PDF_END.length; at++) {
            if (startsWith(content, PDF_END, at)) {
                ends = true;
                break;
            }
        }
        if (!ends) {
            return false;
        }
        PdfReader reader = null;
        try {
            reader = new PdfReader(content);
            if (reader.getNumberOfPages() < 1) {
                return false;
            }
            reader.getPageContent(1);
            return true;
        } catch (Exception | StackOverflowError e) {
            return false;
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static boolean imageDecodes(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                    return false;
                }
                AtomicBoolean warned = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
                ImageReadParam param = reader.getDefaultReadParam();
                // every row is still decoded (a cut-off file fails), but only every n-th pixel is kept in memory
                int step = (int) Math.max(1, Math.ceil(Math.sqrt(width * height / 4_000_000.0)));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param) != null && !warned.get();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
