package org.collegium.groups.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupMembershipRepository extends JpaRepository<GroupMembership, Long> {

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
