package org.collegium.credentials.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequirementProfileRepository extends JpaRepository<RequirementProfile, Long> {

    Optional<RequirementProfile> findByNameIgnoreCase(String name);

    List<RequirementProfile> findAllByOrderByName();
}
