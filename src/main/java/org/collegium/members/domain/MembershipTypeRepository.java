package org.collegium.members.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipTypeRepository extends JpaRepository<MembershipType, Long> {

    List<MembershipType> findAllByOrderByName();

    List<MembershipType> findByActiveTrueOrderByName();

    boolean existsByNameIgnoreCase(String name);
}
