package org.collegium.base.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.BatchInsert;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.domain.FieldChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail: who did what to which record, with the fields before and after. */
@Service
@OpenAccess(reason = "written by other services, inside their own method security")
public class AuditLog {

    /** One record's part of {@link #recordAll}: which record, what happened to it, which fields. */
    public record Recorded(Object entityId, String summary, Changes changes) {
    }

    private static final String INSERT_ENTRY = """
            insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, summary)
            values (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_CHANGE = """
            insert into audit_change (entry_id, position, field, old_value, new_value) values (?, ?, ?, ?, ?)""";

    private final AuditEntryRepository entries;
    private final CurrentActor actor;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public AuditLog(AuditEntryRepository entries, CurrentActor actor, Clock clock, JdbcTemplate jdbc) {
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Records an action by the current actor inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String summary, Changes changes) {
        recordAs(actor.name(), action, entityType, entityId, summary, changes.asList());
    }

    /** Records an action by a named actor (a login attempt names the email that was tried). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actorName, String action, String entityType, Object entityId, String summary,
            List<FieldChange> changes) {
        entries.save(new AuditEntry(clock.instant(), actorName, action, entityType,
                entityId == null ? null : String.valueOf(entityId), truncate(summary), changes.stream()
                        .map(c -> new FieldChange(c.field(), truncate(c.before()), truncate(c.after())))
                        .toList()));
    }

    /**
     * Records the same action on many records by the current actor, inside the caller's transaction: the same
     * rows {@link #record} writes, sent as JDBC batches (an import audits thousands of members at once).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String entityType, List<Recorded> records) {
        String by = actor.name();
        // stored as UTC wall time, as Hibernate stores instants (hibernate.jdbc.time_zone=UTC)
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> entryRows = records.stream().map(r -> new Object[] {at, by, action, entityType,
            r.entityId() == null ? null : String.valueOf(r.entityId()), truncate(r.summary())}).toList();
        List<Long> ids = BatchInsert.returningIds(jdbc, INSERT_ENTRY, entryRows);
        List<Object[]> changeRows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<FieldChange> changes = records.get(i).changes().asList();
            for (int position = 0; position < changes.size(); position++) {
                FieldChange c = changes.get(position);
                changeRows.add(new Object[] {ids.get(i), position, c.field(), truncate(c.before()),
                    truncate(c.after())});
            }
        }
        if (!changeRows.isEmpty()) {
            jdbc.batchUpdate(INSERT_CHANGE, changeRows);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }
}
