package org.collegium.reports.service;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/**
 * One column of a report: its header and what its cells hold, so the grid and the files format them alike. The
 * header is the column's stable English name, which the CSV and Excel files keep (so that they re-import and
 * compare); the grid shows {@link #label()}, the header in the viewer's language.
 */
public record ReportColumn(String header, Kind kind) {

    /** The header as the viewer reads it: the bundle's {@code reports.column.<slug>}, else the header itself. */
    public String label() {
        String key = "reports.column." + slug(header);
        return Messages.has(key) ? Messages.t(key) : header;
    }

    /** "Attendance %" → "attendance-pct", "No-show" → "no-show". */
    static String slug(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace("%", "pct")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public enum Kind {
        /** text, or null */
        TEXT,
        /** a whole number (Long) */
        COUNT,
        /** an amount of money (BigDecimal), in the society's currency */
        MONEY,
        /** a day (LocalDate) */
        DATE,
        /** a number that is not money (BigDecimal): hours, a rate in percent */
        DECIMAL
    }

    public static ReportColumn text(String header) {
        return new ReportColumn(header, Kind.TEXT);
    }

    public static ReportColumn count(String header) {
        return new ReportColumn(header, Kind.COUNT);
    }

    public static ReportColumn money(String header) {
        return new ReportColumn(header, Kind.MONEY);
    }

    public static ReportColumn decimal(String header) {
        return new ReportColumn(header, Kind.DECIMAL);
    }

    public static ReportColumn date(String header) {
        return new ReportColumn(header, Kind.DATE);
    }
}
