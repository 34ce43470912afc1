package org.collegium.base.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<AuditEntry> {

    @EntityGraph(attributePaths = "changes")
    List<AuditEntry> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, String entityId);

    List<AuditEntry> findByActionOrderByIdDesc(String action, Pageable pageable);
}
