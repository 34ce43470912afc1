package org.collegium.members.service;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a payment receipt as a one-page PDF (US Letter). Text is set in Liberation Sans, embedded, so that
 * every member's name prints as written, not only names in Latin-1.
 */
final class ReceiptPdf {

    /**
     * Everything a receipt prints, already in words of its language (the downloader's): dates formatted in the
     * society's time zone.
     */
    record Content(Locale language, String societyName, String receiptNumber, String issuedOn, String memberName, String memberEmail,
            BigDecimal amount, boolean waived, String method, String reference, String paidOn, String paidFor) {
    }

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x64, 0x70);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    private static final Color BAND = new Color(0xf2, 0xf4, 0xf7);

    private static final BaseFont REGULAR = PdfFonts.REGULAR;
    private static final BaseFont BOLD = PdfFonts.BOLD;

    private ReceiptPdf() {
    }

    static byte[] render(Content c) {
        Locale l = c.language();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 60, 60, 60, 60);
        PdfWriter.getInstance(document, out);
        document.addTitle(Messages.in(l, "membership.receipt.doc-title", c.receiptNumber()));
        document.addAuthor(c.societyName());
        document.addSubject(Messages.in(l, "membership.receipt.doc-subject", c.memberName()));
        document.addCreator("Collegium");
        document.open();

        PdfPTable header = new PdfPTable(1);
        header.setWidthPercentage(100);
        header.addCell(cell(new Phrase(c.societyName(), new Font(BOLD, 18, Font.NORMAL, INK)), null,
                Element.ALIGN_LEFT, 0));
        PdfPCell title = cell(new Phrase(Messages.in(l, "membership.receipt.title"), new Font(REGULAR, 12, Font.NORMAL, MUTED)), null,
                Element.ALIGN_LEFT, 4);
        title.setPaddingBottom(12);
        title.setBorder(Rectangle.BOTTOM);
        title.setBorderColor(RULE);
        title.setBorderWidth(1f);
        header.addCell(title);
        document.add(header);

        PdfPTable number = new PdfPTable(new float[] {1, 1});
        number.setWidthPercentage(100);
        number.setSpacingBefore(22);
        number.addCell(cell(new Phrase(Messages.in(l, "membership.receipt.number"), new Font(REGULAR, 9, Font.NORMAL, MUTED)), null,
                Element.ALIGN_LEFT, 0));
        number.addCell(cell(new Phrase(Messages.in(l, "membership.receipt.issued"), new Font(REGULAR, 9, Font.NORMAL, MUTED)), null,
                Element.ALIGN_RIGHT, 0));
        number.addCell(cell(new Phrase(c.receiptNumber(), new Font(BOLD, 15, Font.NORMAL, INK)), null,
                Element.ALIGN_LEFT, 2));
        number.addCell(cell(new Phrase(c.issuedOn(), new Font(REGULAR, 12, Font.NORMAL, INK)), null,
                Element.ALIGN_RIGHT, 2));
        document.add(number);

        PdfPTable amount = new PdfPTable(new float[] {1, 1});
        amount.setWidthPercentage(100);
        amount.setSpacingBefore(18);
        amount.addCell(cell(new Phrase(Messages.in(l, c.waived() ? "membership.receipt.amount.waived"
                : "membership.receipt.amount.received"),
                new Font(REGULAR, 11, Font.NORMAL, MUTED)), BAND, Element.ALIGN_LEFT, 12));
        amount.addCell(cell(new Phrase(Formats.money(c.amount(), l), new Font(BOLD, 20, Font.NORMAL, INK)), BAND,
                Element.ALIGN_RIGHT, 12));
        document.add(amount);

        PdfPTable details = new PdfPTable(new float[] {1.1f, 3});
        details.setWidthPercentage(100);
        details.setSpacingBefore(14);
        row(details, Messages.in(l, "membership.receipt.from"), c.memberName());
        row(details, Messages.in(l, "membership.receipt.email"), c.memberEmail());
        row(details, Messages.in(l, "membership.receipt.paid-on"), c.paidOn());
        row(details, Messages.in(l, "membership.receipt.method"), c.method());
        row(details, Messages.in(l, "membership.receipt.reference"), c.reference() == null ? "—" : c.reference());
        row(details, Messages.in(l, "membership.receipt.for"), c.paidFor());
        document.add(details);

        Paragraph thanks = new Paragraph(Messages.in(l, c.waived() ? "membership.receipt.thanks.waived"
                : "membership.receipt.thanks.paid", c.societyName()), new Font(REGULAR, 10, Font.NORMAL, INK));
        thanks.setSpacingBefore(26);
        document.add(thanks);
        Paragraph keep = new Paragraph(Messages.in(l, "membership.receipt.keep"), new Font(REGULAR, 9, Font.NORMAL, MUTED));
        keep.setSpacingBefore(6);
        document.add(keep);

        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell l = cell(new Phrase(label, new Font(REGULAR, 10, Font.NORMAL, MUTED)), null, Element.ALIGN_LEFT, 7);
        PdfPCell v = cell(new Phrase(value, new Font(REGULAR, 11, Font.NORMAL, INK)), null, Element.ALIGN_LEFT, 7);
        for (PdfPCell cell : new PdfPCell[] {l, v}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(Phrase phrase, Color background, int align, float padding) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(padding);
        cell.setPaddingBottom(padding + 2);
        cell.setPaddingLeft(align == Element.ALIGN_LEFT && background != null ? 12 : 0);
        cell.setPaddingRight(align == Element.ALIGN_RIGHT && background != null ? 12 : 0);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
