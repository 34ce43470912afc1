package org.collegium.reports.service;

/** An aggregate report as run: its table and, where a picture says more, a chart of the same figures. */
public record ReportResult(ReportTable table, ChartSpec chart) {

    public static ReportResult withoutChart(ReportTable table) {
        return new ReportResult(table, null);
    }
}
