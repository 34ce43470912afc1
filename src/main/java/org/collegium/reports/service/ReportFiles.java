package org.collegium.reports.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collegium.members.service.MemberExport;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Any report as CSV or Excel: exactly the rows given, every page of them, in their order. CSV is UTF-8 with a
 * byte-order mark and formula-safe cells (as the members export); the workbook keeps numbers, money and dates as
 * real numbers and dates, so they sum and sort in a spreadsheet.
 */
public final class ReportFiles {

    static final int PAGE = 500;

    private ReportFiles() {
    }

    public static long writeCsv(ReportRows rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(rows.columns().stream().map(ReportColumn::header));
        long written = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<List<Object>> page = rows.page(offset, PAGE);
            for (List<Object> row : page) {
                csv.printRecord(row.stream().map(ReportFiles::csvCell));
            }
            written += page.size();
            csv.flush();
            if (page.size() < PAGE) {
                return written;
            }
        }
    }

    public static long writeXlsx(ReportRows rows, String sheetName, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Collegium", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        List<ReportColumn> columns = rows.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().set();
            sheet.width(c, columns.get(c).kind() == ReportColumn.Kind.TEXT ? 24 : 14);
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (int offset = 0; ; offset += PAGE) {
            List<List<Object>> page = rows.page(offset, PAGE);
            for (List<Object> row : page) {
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r, c, row.get(c));
                }
                r++;
            }
            sheet.flush();
            if (page.size() < PAGE) {
                break;
            }
        }
        workbook.finish();
        return r - 1L;
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case LocalDate date -> {
                sheet.value(r, c, date);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case BigDecimal money -> {
                sheet.value(r, c, money);
                sheet.style(r, c).format("#,##0.00").set();
            }
            case Number number -> sheet.value(r, c, number);
            default -> sheet.value(r, c, value.toString());
        }
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal money) {
            return money.toPlainString();
        }
        return MemberExport.neutralise(value.toString());
    }
}
