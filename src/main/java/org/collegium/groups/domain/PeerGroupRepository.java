package org.collegium.groups.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PeerGroupRepository extends JpaRepository<PeerGroup, Long> {

    @Query("select distinct g from PeerGroup g left join fetch g.facilitators order by g.name")
    List<PeerGroup> findAllWithFacilitators();

    @Query("select g from PeerGroup g left join fetch g.facilitators where g.id = :id")
    Optional<PeerGroup> findWithFacilitators(long id);

    @Query("select g from PeerGroup g join g.facilitators f where f.id = :memberId order by g.name")
    List<PeerGroup> findFacilitatedBy(long memberId);

    /** Locks the group's row, so that two approvals at once cannot both take the last seat. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from PeerGroup g where g.id = :id")
    Optional<PeerGroup> lockById(long id);

    List<PeerGroup> findByStatus(GroupStatus status);

    boolean existsByNameIgnoreCase(String name);
}
