package org.collegium.groups.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface GroupMembershipRepository extends JpaRepository<GroupMembership, Long> {

    /** The request with its row locked: of two people answering it at once, the second sees the first's answer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select gm from GroupMembership gm where gm.id = :id")
    Optional<GroupMembership> lockById(long id);

    Optional<GroupMembership> findByGroupIdAndMemberId(long groupId, long memberId);

    long countByGroupIdAndStatus(long groupId, GroupMembershipStatus status);

    boolean existsByGroupIdAndMemberIdAndStatus(long groupId, long memberId, GroupMembershipStatus status);

    @Query("""
            select gm from GroupMembership gm join fetch gm.member m
            where gm.group.id = :groupId and gm.status in :statuses
            order by gm.status, m.lastName, m.firstName""")
    List<GroupMembership> findRoster(long groupId, Collection<GroupMembershipStatus> statuses);

    @Query("""
            select gm from GroupMembership gm join fetch gm.group g
            where gm.member.id = :memberId and gm.status in :statuses order by g.name""")
    List<GroupMembership> findByMember(long memberId, Collection<GroupMembershipStatus> statuses);
}
