package org.collegium.notifications.domain;

import static org.collegium.base.domain.BatchInsert.utc;

import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox row as {@link OutboxMessage} maps it, written with JDBC: Hibernate inserts AUTO_INCREMENT rows one
 * round trip at a time, and a batch of registrations writes a hundred emails under its event's lock. Keep the
 * columns in step with {@link OutboxMessage} (OutboxDeliveryTest reads the rows back through it).
 */
class OutboxInsertsImpl implements OutboxInserts {

    private static final String INSERT = """
            insert into outbox_message (recipient, subject, body, html_body, headers, tag, status, attempts,
                created_at, next_attempt_at, sent_at, last_error, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final JdbcTemplate jdbc;

    OutboxInsertsImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> insertAll(List<OutboxMessage> messages) {
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (OutboxMessage m : messages) {
            if (m.getId() != null) {
                throw new IllegalArgumentException("Only new outbox messages are inserted here.");
            }
            rows.add(new Object[] {m.getRecipient(), m.getSubject(), m.getBody(), m.getHtmlBody(), m.getHeaders(),
                m.getTag(), m.getStatus().name(), m.getAttempts(), utc(m.getCreatedAt()), utc(m.getNextAttemptAt()),
                utc(m.getSentAt()), m.getLastError()});
        }
        return BatchInsert.returningIds(jdbc, INSERT, rows);
    }
}
