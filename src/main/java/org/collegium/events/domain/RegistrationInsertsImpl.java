package org.collegium.events.domain;

import static org.collegium.base.domain.BatchInsert.utc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registration row as {@link Registration} maps it, written with JDBC: Hibernate inserts AUTO_INCREMENT rows
 * one round trip at a time, and a batch of guests writes up to a hundred under its event's lock. Keep the columns
 * in step with {@link Registration} (RegistrationInsertsTest reads the rows back through it).
 */
class RegistrationInsertsImpl implements RegistrationInserts {

    private static final String INSERT = """
            insert into registration (event_id, session_id, member_id, first_name, last_name, email, status, price,
                price_kind, registered_at, status_at, cancelled_by_organiser, hold_until, hold_remind_at,
                hold_reminded, hold_token_hash, version, created_at, created_by, updated_at, updated_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    RegistrationInsertsImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> insertAll(List<NewRegistration> registrations, Instant at) {
        LocalDateTime when = utc(at);
        List<Object[]> rows = new ArrayList<>(registrations.size());
        for (NewRegistration row : registrations) {
            Registration r = row.registration();
            if (r.getId() != null) {
                throw new IllegalArgumentException("Only new registrations are inserted here.");
            }
            rows.add(new Object[] {r.getEvent().getId(), r.getSession() == null ? null : r.getSession().getId(),
                r.getMember() == null ? null : r.getMember().getId(), r.getFirstName(), r.getLastName(),
                r.getEmail(), r.getStatus().name(), r.getPrice(), r.getPriceKind().name(), utc(r.getRegisteredAt()),
                utc(r.getStatusAt()), r.isCancelledByOrganiser(), utc(r.getHoldUntil()), utc(r.getHoldRemindAt()),
                r.isHoldReminded(), r.getHoldTokenHash(), when, row.by(), when, row.by()});
        }
        return BatchInsert.returningIds(jdbc, INSERT, rows);
    }
}
