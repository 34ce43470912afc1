package org.collegium.reports.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list report's rows read from the database a page at a time (limit and offset on a stable order), with its
 * count. Built by a report service after its security check, with the caller's scope already in the query; each
 * later read goes through {@link ReportPages}, in method security and a read-only transaction.
 */
final class SqlRows implements ReportRows {

    private final ReportPages pages;
    private final List<ReportColumn> columns;
    private final String select;
    private final String count;
    private final Map<String, Object> params;

    SqlRows(ReportPages pages, List<ReportColumn> columns, String select, String count,
            Map<String, Object> params) {
        this.pages = pages;
        this.columns = List.copyOf(columns);
        this.select = select;
        this.count = count;
        this.params = Map.copyOf(params);
    }

    @Override
    public List<ReportColumn> columns() {
        return columns;
    }

    @Override
    public long count() {
        return pages.count(count, params);
    }

    @Override
    public List<List<Object>> page(int offset, int limit) {
        return pages.page(select, params, columns, offset, limit);
    }

    /** One row of a result set as the report's cells, read by each column's kind. */
    static List<Object> row(ResultSet rs, List<ReportColumn> columns) throws SQLException {
        List<Object> row = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            ReportColumn column = columns.get(c);
            row.add(switch (column.kind()) {
                case DATE -> {
                    Date date = rs.getDate(c + 1);
                    yield date == null ? null : date.toLocalDate();
                }
                case COUNT -> {
                    long value = rs.getLong(c + 1);
                    yield rs.wasNull() ? null : value;
                }
                case MONEY, DECIMAL -> rs.getBigDecimal(c + 1);
                case TEXT -> rs.getString(c + 1);
            });
        }
        return row;
    }
}
