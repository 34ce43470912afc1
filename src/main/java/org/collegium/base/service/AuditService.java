package org.collegium.base.service;

import org.collegium.base.domain.SearchText;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.domain.FieldChange;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: administrators and the board, and officers (read-only by nature). */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.SOCIETY_READERS)
public class AuditService {

    /** What to show; blank or null parts mean "any". */
    public record AuditFilter(String entityType, String entityId, String search) {
    }

    public record EntryView(long id, Instant at, String actor, String action, String entityType, String entityId,
            String summary) {
    }

    private final AuditEntryRepository entries;

    public AuditService(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public List<EntryView> find(AuditFilter filter, Pageable page) {
        return entries.findAll(matching(filter), page).stream().map(e -> new EntryView(e.getId(), e.getOccurredAt(),
                e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary())).toList();
    }

    public long count(AuditFilter filter) {
        return entries.count(matching(filter));
    }

    /** The fields one entry changed, before and after. */
    public List<FieldChange> changes(long entryId) {
        return entries.findById(entryId).map(AuditEntry::getChanges).orElse(List.of());
    }

    /** The kinds of record the trail mentions, for the filter (codes; {@link AuditActions} has their words). */
    public List<String> entityTypes() {
        return List.copyOf(AuditActions.recordTypes().keySet());
    }

    private static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.entityType() != null && !filter.entityType().isBlank()) {
                where.add(cb.equal(root.get("entityType"), filter.entityType()));
            }
            if (filter.entityId() != null && !filter.entityId().isBlank()) {
                where.add(cb.equal(root.get("entityId"), filter.entityId().strip()));
            }
            String search = SearchText.normalise(filter.search());
            if (!search.isEmpty()) {
                String like = "%" + search + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("actor")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("summary")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("action")), like, SearchText.ESCAPE)));
            }
            if (query != null && query.getResultType() != Long.class) {
                query.orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
