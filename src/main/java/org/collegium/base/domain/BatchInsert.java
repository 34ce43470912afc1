package org.collegium.base.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with one prepared statement sent as a JDBC batch, in the caller's transaction, and returns
 * the ids the database gave them, in the rows' order. For the few places that write thousands of rows at once
 * (an import): Hibernate cannot batch inserts into tables whose ids come from AUTO_INCREMENT, so it would make
 * one round trip per row. MariaDB Connector/J returns every generated id of a batch.
 */
public final class BatchInsert {

    private BatchInsert() {
    }

    /** An instant as the row keeps it: UTC wall time, as Hibernate stores instants (hibernate.jdbc.time_zone=UTC). */
    public static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Runs {@code sql} (an INSERT with one placeholder per value) once per row; the generated ids. */
    public static List<Long> returningIds(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Long> ids = new ArrayList<>(rows.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != rows.size()) {
                    // never expected; a mismatch would tie audit entries to the wrong rows, so stop here
                    throw new IllegalStateException("The database returned " + ids.size() + " ids for "
                            + rows.size() + " inserted rows.");
                }
                return ids;
            }
        });
    }
}
