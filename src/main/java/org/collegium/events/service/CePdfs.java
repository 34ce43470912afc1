package org.collegium.events.service;

import org.collegium.base.i18n.Messages;
import static org.collegium.base.service.PdfFonts.BOLD;
import static org.collegium.base.service.PdfFonts.REGULAR;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A CE certificate (landscape Letter) and a member's CE transcript, as PDF, in the language of the person downloading
 * it ({@link Messages#current()}). Text arrives already in words.
 */
final class CePdfs {

    record Certificate(String societyName, String memberName, String eventTitle, String date, String hours,
            String ceType, String number, String sponsorStatement) {
    }

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x64, 0x70);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);

    private CePdfs() {
    }

    static byte[] certificate(Certificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 72, 72, 64, 64);
        PdfWriter.getInstance(document, out);
        document.addTitle(Messages.t("events.pdf.certificate.title", c.number()));
        document.addAuthor(c.societyName());
        document.open();
        document.add(centred(c.societyName(), new Font(BOLD, 22, Font.NORMAL, INK), 0));
        document.add(centred(Messages.t("events.pdf.certificate.heading"), new Font(REGULAR, 14, Font.NORMAL, MUTED), 8));
        document.add(centred(Messages.t("events.pdf.certificate.certifies"), new Font(REGULAR, 12, Font.NORMAL, MUTED), 40));
        document.add(centred(c.memberName(), new Font(BOLD, 26, Font.NORMAL, INK), 10));
        document.add(centred(Messages.t("events.pdf.certificate.attended"), new Font(REGULAR, 12, Font.NORMAL, MUTED), 14));
        document.add(centred(c.eventTitle(), new Font(BOLD, 17, Font.NORMAL, INK), 8));
        document.add(centred(c.date(), new Font(REGULAR, 12, Font.NORMAL, INK), 6));
        document.add(centred(Messages.t("events.pdf.certificate.awarded", c.hours(), c.ceType()),
                new Font(REGULAR, 13, Font.NORMAL, INK), 22));
        document.add(centred(Messages.t("events.pdf.certificate.number", c.number()), new Font(BOLD, 12, Font.NORMAL, INK), 44));
        if (c.sponsorStatement() != null && !c.sponsorStatement().isBlank()) { // as approved, in its own words
            document.add(centred(c.sponsorStatement().strip(), new Font(REGULAR, 9, Font.NORMAL, MUTED), 18));
        }
        document.close();
        return out.toByteArray();
    }

    static byte[] transcript(String societyName, String memberName, String printedOn, List<String[]> rows,
            List<String> totals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle(Messages.t("events.pdf.transcript.title", memberName));
        document.open();
        document.add(new Paragraph(societyName, new Font(BOLD, 18, Font.NORMAL, INK)));
        document.add(new Paragraph(Messages.t("events.pdf.transcript.heading", memberName, printedOn),
                new Font(REGULAR, 11, Font.NORMAL, MUTED)));
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3.6f, 0.8f, 0.8f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        for (String header : new String[] {Messages.t("events.pdf.transcript.date"), Messages.t("events.pdf.transcript.event"),
                Messages.t("events.pdf.transcript.hours"), Messages.t("events.pdf.transcript.type"),
                Messages.t("events.pdf.transcript.certificate")}) {
            table.addCell(cell(header, new Font(BOLD, 9, Font.NORMAL, MUTED)));
        }
        for (String[] row : rows) {
            for (String value : row) {
                table.addCell(cell(value, new Font(REGULAR, 10, Font.NORMAL, INK)));
            }
        }
        document.add(table);
        Paragraph heading = new Paragraph(Messages.t("events.pdf.transcript.totals"), new Font(BOLD, 12, Font.NORMAL, INK));
        heading.setSpacingBefore(18);
        document.add(heading);
        for (String total : totals) {
            document.add(new Paragraph(total, new Font(REGULAR, 10, Font.NORMAL, INK)));
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingBottom(5);
        return cell;
    }
}
