package org.collegium.communications.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.collegium.communications.domain.RecipientStatus;
import org.collegium.communications.service.CommunicationRecords.RecipientRow;
import org.collegium.communications.service.CommunicationRecords.Totals;
import org.collegium.members.service.MemberSegments.SegmentMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A communication's recipients, written as JDBC batches (100,000 of them at once). The unique (communication,
 * member) key makes preparing idempotent: a row already there is left as it is, so nothing is queued twice.
 */
@Component
class RecipientStore {

    /** A recipient waiting to be handed to the outbox, with what its email needs. */
    record Pending(long id, long memberId, String email, String firstName, String lastName, LocalDate termEnds) {
    }

    private final JdbcTemplate jdbc;

    RecipientStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertAll(long communicationId, List<SegmentMember> members) {
        List<Object[]> rows = members.stream().filter(m -> m.email() != null && !m.email().isBlank())
                .map(m -> new Object[] {communicationId, m.id(), m.email(), cut(m.firstName()), cut(m.lastName()),
                    m.termEnds() == null ? null : Date.valueOf(m.termEnds()), RecipientStatus.QUEUED.name()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert ignore into communication_recipient
                        (communication_id, member_id, email, first_name, last_name, term_ends, status)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= 100 ? s : s.substring(0, 100);
    }

    int count(long communicationId) {
        Integer n = jdbc.queryForObject("select count(*) from communication_recipient where communication_id = ?",
                Integer.class, communicationId);
        return n == null ? 0 : n;
    }

    /** The highest member id prepared so far (0: none), where preparing resumes after a restart. */
    long lastMember(long communicationId) {
        Long n = jdbc.queryForObject(
                "select coalesce(max(member_id), 0) from communication_recipient where communication_id = ?",
                Long.class, communicationId);
        return n == null ? 0 : n;
    }

    List<Pending> nextToHandOver(long communicationId, int limit) {
        return jdbc.query("""
                select id, member_id, email, first_name, last_name, term_ends from communication_recipient
                where communication_id = ? and status = 'QUEUED' and outbox_message_id is null
                order by id limit ?""", (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()),
                communicationId, limit);
    }

    void handedOver(long id, long outboxMessageId) {
        jdbc.update("update communication_recipient set outbox_message_id = ? where id = ?", outboxMessageId, id);
    }

    /** These recipients' emails were sent: one statement. */
    void markSent(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update communication_recipient set status = 'SENT', error = null where id in ("
                    + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")", ids.toArray());
        }
    }

    void mark(long id, RecipientStatus status, String error) {
        jdbc.update("update communication_recipient set status = ?, error = ? where id = ?", status.name(),
                error == null ? null : error.length() > 500 ? error.substring(0, 500) : error, id);
    }

    Totals totals(long communicationId) {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        jdbc.query("select status, count(*) from communication_recipient where communication_id = ? group by status",
                rs -> {
                    counts.put(RecipientStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, communicationId);
        return new Totals(counts.getOrDefault(RecipientStatus.QUEUED, 0L),
                counts.getOrDefault(RecipientStatus.SENT, 0L), counts.getOrDefault(RecipientStatus.FAILED, 0L),
                counts.getOrDefault(RecipientStatus.SKIPPED, 0L));
    }

    List<RecipientRow> page(long communicationId, long offset, int limit) {
        return jdbc.query("""
                select id, first_name, last_name, email, status, error from communication_recipient
                where communication_id = ? order by id limit ? offset ?""",
                (rs, i) -> new RecipientRow(rs.getLong(1), (nz(rs.getString(2)) + " " + nz(rs.getString(3))).strip(),
                        rs.getString(4), RecipientStatus.valueOf(rs.getString(5)), rs.getString(6)),
                communicationId, limit, offset);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
