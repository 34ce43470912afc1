package org.collegium.reports.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a list report's pages for {@link SqlRows} while its grid scrolls or its file is written: each read is
 * checked by method security again and runs in a read-only transaction, as the report service's own call did.
 */
@Service
public class ReportPages {

    private final NamedParameterJdbcTemplate jdbc;

    ReportPages(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public long count(String count, Map<String, Object> params) {
        return jdbc.queryForObject(count, params, Long.class);
    }

    @PreAuthorize(ReportScope.READERS)
    @Transactional(readOnly = true)
    public List<List<Object>> page(String select, Map<String, Object> params, List<ReportColumn> columns, int offset,
            int limit) {
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("offset", offset);
        paged.put("limit", limit);
        // the page's last row, for a select that finds where its page ends before it sorts (the lapsed list)
        paged.put("last", Math.max(offset + limit - 1, 0));
        return jdbc.query(select + " limit :limit offset :offset", paged, (rs, i) -> SqlRows.row(rs, columns));
    }
}
