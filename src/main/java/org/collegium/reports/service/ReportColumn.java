package org.collegium.reports.service;

/** One column of a report: its header and what its cells hold, so the grid and the files format them alike. */
public record ReportColumn(String header, Kind kind) {

    public enum Kind {
        /** text, or null */
        TEXT,
        /** a whole number (Long) */
        COUNT,
        /** an amount of money (BigDecimal), in the society's currency */
        MONEY,
        /** a day (LocalDate) */
        DATE
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

    public static ReportColumn date(String header) {
        return new ReportColumn(header, Kind.DATE);
    }
}
