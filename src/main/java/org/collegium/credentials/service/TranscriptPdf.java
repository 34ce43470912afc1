package org.collegium.credentials.service;

import static org.collegium.base.service.PdfFonts.BOLD;
import static org.collegium.base.service.PdfFonts.REGULAR;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Formats;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.Cycle;
import org.collegium.credentials.domain.RequirementProgress;
import org.collegium.credentials.service.CredentialService.TranscriptLine;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A credential's transcript for one cycle (Letter, portrait), in the reader's language ({@link Messages#current()}):
 * the hours that count with their categories, then the figures per rule. Uses the portal's PDF fonts
 * ({@link org.collegium.base.service.PdfFonts}) and the look of the CE transcript.
 */
public final class TranscriptPdf {

    /** A file to download. */
    public record File(String name, String contentType, byte[] content) {
    }

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x64, 0x70);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);

    private TranscriptPdf() {
    }

    static File render(String society, String memberName, String profile, String number, Cycle cycle,
            List<TranscriptLine> lines, RequirementProgress progress, SocietyClock clock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle(Messages.t("credentials.pdf.title", profile, memberName));
        document.addAuthor(society);
        document.open();
        document.add(new Paragraph(society, new Font(BOLD, 18, Font.NORMAL, INK)));
        document.add(new Paragraph(Messages.t("credentials.pdf.heading", profile, memberName),
                new Font(BOLD, 13, Font.NORMAL, INK)));
        Font muted = new Font(REGULAR, 10, Font.NORMAL, MUTED);
        if (number != null) {
            document.add(new Paragraph(Messages.t("credentials.pdf.number", number), muted));
        }
        document.add(new Paragraph(Messages.t("credentials.pdf.cycle", clock.formatShortDate(cycle.start()),
                clock.formatShortDate(cycle.end())), muted));
        document.add(new Paragraph(Messages.t("credentials.pdf.printed", clock.formatShortDate(clock.today())), muted));
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3.4f, 0.8f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(16);
        Font head = new Font(BOLD, 9, Font.NORMAL, MUTED);
        Font body = new Font(REGULAR, 10, Font.NORMAL, INK);
        for (String h : new String[] {Messages.t("credentials.pdf.date"), Messages.t("credentials.pdf.activity"),
                Messages.t("credentials.pdf.hours"), Messages.t("credentials.pdf.categories")}) {
            table.addCell(cell(h, head));
        }
        for (TranscriptLine line : lines) {
            table.addCell(cell(clock.formatShortDate(line.earnedOn()), body));
            table.addCell(cell(line.provider() == null ? line.title() : line.title() + " — " + line.provider(), body));
            table.addCell(cell(Formats.decimal(line.hours(), 2), body));
            table.addCell(cell(line.categories().stream().map(CeCategory::label).collect(Collectors.joining(", ")),
                    body));
        }
        if (lines.isEmpty()) {
            PdfPCell none = cell(Messages.t("credentials.pdf.none"), body);
            none.setColspan(4);
            table.addCell(none);
        }
        document.add(table);
        Paragraph totals = new Paragraph(Messages.t("credentials.pdf.totals"), new Font(BOLD, 12, Font.NORMAL, INK));
        totals.setSpacingBefore(16);
        document.add(totals);
        document.add(new Paragraph(Messages.t("credentials.progress.total", Formats.decimal(progress.counted(), 2),
                Formats.decimal(progress.required(), 2)), body));
        for (RequirementProgress.Line l : progress.lines()) {
            document.add(new Paragraph(l.bound() == Bound.MIN
                    ? Messages.t("credentials.progress.min", l.category().label(), Formats.decimal(l.counted(), 2),
                            Formats.decimal(l.limit(), 2))
                    : Messages.t("credentials.progress.max", l.category().label(), Formats.decimal(l.hours(), 2),
                            Formats.decimal(l.limit(), 2)), body));
        }
        document.add(new Paragraph(progress.isShort()
                ? Messages.t("credentials.progress.missing", Formats.decimal(progress.missing(), 2),
                        clock.formatShortDate(cycle.end()))
                : Messages.t("credentials.progress.met"), new Font(BOLD, 10, Font.NORMAL, INK)));
        document.close();
        return new File(AuditPacket.cycleFileName("transcript", profile, cycle, "pdf"), "application/pdf",
                out.toByteArray());
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
