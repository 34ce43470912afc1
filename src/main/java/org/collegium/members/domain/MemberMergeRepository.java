package org.collegium.members.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Finding likely duplicate members ({@link DuplicatePairs}: self-joins on indexed keys) and moving a duplicate's
 * history onto the surviving record.
 */
public interface MemberMergeRepository extends Repository<Member, Long>, DuplicatePairs {

    /** Members as a list of pairs shows them: with their affiliate and membership type, in one query. */
    @Query("select m from Member m left join fetch m.affiliate left join fetch m.membershipType where m.id in :ids")
    List<Member> findForPairs(@Param("ids") Collection<Long> ids);

    @Modifying
    @Query(value = "update membership_term set member_id = :survivor where member_id = :duplicate", nativeQuery = true)
    int moveTerms(@Param("duplicate") long duplicate, @Param("survivor") long survivor);

    @Modifying
    @Query(value = "update payment set member_id = :survivor where member_id = :duplicate", nativeQuery = true)
    int movePayments(@Param("duplicate") long duplicate, @Param("survivor") long survivor);

    @Modifying
    @Query(value = "update membership_application set member_id = :survivor where member_id = :duplicate",
            nativeQuery = true)
    int moveApplications(@Param("duplicate") long duplicate, @Param("survivor") long survivor);

    @Modifying
    @Query(value = "delete from renewal_reminder where member_id = :duplicate", nativeQuery = true)
    int dropReminders(@Param("duplicate") long duplicate);

    @Modifying
    @Query(value = "update user_account set member_id = :survivor where member_id = :duplicate", nativeQuery = true)
    int moveLogins(@Param("duplicate") long duplicate, @Param("survivor") long survivor);

    @Modifying
    @Query(value = "delete from member where id = :duplicate", nativeQuery = true)
    int deleteMember(@Param("duplicate") long duplicate);
}
