package org.collegium.reports.service;

import java.util.List;

/**
 * A report small enough to hold whole: the rows of an aggregate query (one per month, status or type), already
 * summed by the database. What a view shows and what its download writes are this same object.
 */
public record ReportTable(List<ReportColumn> columns, List<List<Object>> rows) implements ReportRows {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public List<List<Object>> page(int offset, int limit) {
        return rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
    }
}
