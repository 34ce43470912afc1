package org.collegium.groups.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PeerGroupRepository extends JpaRepository<PeerGroup, Long> {

    /**
     * One page of the groups list in name order: each group's id and its active roster count (for seats left),
     * counted in the database by a subquery rather than by reading rosters. {@code language}: only the groups held
     * in it (null: every group).
     */
    @Query("""
            select g.id, (select count(gm) from GroupMembership gm where gm.group = g
                and gm.status = org.collegium.groups.domain.GroupMembershipStatus.ACTIVE)
            from PeerGroup g where :language is null or g.language = :language order by g.name, g.id""")
    List<Object[]> findPageWithActiveCounts(String language, Pageable page);

    /** How many groups are held in the language (null: every group). */
    @Query("select count(g) from PeerGroup g where :language is null or g.language = :language")
    long countInLanguage(String language);

    /** The languages groups are held in, for the list's filter. */
    @Query("select distinct g.language from PeerGroup g order by g.language")
    List<String> findLanguages();

    /** The groups of one page, with their facilitators (in no particular order). */
    @Query("select distinct g from PeerGroup g left join fetch g.facilitators where g.id in :ids")
    List<PeerGroup> findWithFacilitatorsByIdIn(Collection<Long> ids);

    Optional<PeerGroup> findByName(String name);

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
