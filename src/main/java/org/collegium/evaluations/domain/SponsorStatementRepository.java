package org.collegium.evaluations.domain;

import java.util.Optional;
import org.collegium.events.domain.CeType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SponsorStatementRepository extends JpaRepository<SponsorStatement, Long> {

    Optional<SponsorStatement> findByCeType(CeType ceType);
}
