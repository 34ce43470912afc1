package org.collegium.base.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SocietySettingsRepository extends JpaRepository<SocietySettings, Long> {

    Optional<SocietySettings> findFirstByOrderByIdAsc();
}
