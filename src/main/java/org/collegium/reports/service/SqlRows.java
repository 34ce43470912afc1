package org.collegium.reports.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A list report's rows read from the database a page at a time (limit and offset on a stable order), with its
 * count. Built by a report service after its security check, with the caller's scope already in the query.
 */
final class SqlRows implements ReportRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final List<ReportColumn> columns;
    private final String select;
    private final String count;
    private final Map<String, Object> params;

    SqlRows(NamedParameterJdbcTemplate jdbc, List<ReportColumn> columns, String select, String count,
            Map<String, Object> params) {
        this.jdbc = jdbc;
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
        return jdbc.queryForObject(count, params, Long.class);
    }

    @Override
    public List<List<Object>> page(int offset, int limit) {
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("offset", offset);
        paged.put("limit", limit);
        return jdbc.query(select + " limit :limit offset :offset", paged, (rs, i) -> row(rs));
    }

    private List<Object> row(ResultSet rs) throws SQLException {
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
                case MONEY -> rs.getBigDecimal(c + 1);
                case TEXT -> rs.getString(c + 1);
            });
        }
        return row;
    }
}
