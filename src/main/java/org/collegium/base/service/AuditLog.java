package org.collegium.base.service;

import java.time.Clock;
import java.util.List;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.domain.FieldChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail: who did what to which record, with the fields before and after. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentActor actor;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
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

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }
}
