package org.collegium.credentials.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberCredentialRepository extends JpaRepository<MemberCredential, Long> {

    List<MemberCredential> findByMemberIdOrderById(long memberId);

    List<MemberCredential> findByMemberIdIn(List<Long> memberIds);

    boolean existsByMemberIdAndProfileId(long memberId, long profileId);

    boolean existsByProfileId(long profileId);

    /** Members with credentials on a profile, a page at a time by id. */
    @Query("""
            select distinct c.memberId from MemberCredential c where c.memberId > :after and c.profile.id = :profile
            order by c.memberId""")
    List<Long> findMembersOnProfile(@Param("profile") long profileId, @Param("after") long afterMemberId,
            Pageable page);

    /** Every member with a credential, a page at a time by id (the nightly refresh). */
    @Query("select distinct c.memberId from MemberCredential c where c.memberId > :after order by c.memberId")
    List<Long> findAllMembers(@Param("after") long afterMemberId, Pageable page);

    /** Short credentials whose cycle ends in [from, to] (reminder points ahead). */
    @Query("select c from MemberCredential c where c.isShort = true and c.cycleEnd between :from and :to order by c.id")
    List<MemberCredential> findShortEndingBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Claims a reminder; 0 when it was claimed before (by this or another instance): never sent twice. */
    @Modifying
    @Query(value = """
            insert ignore into credential_reminder (credential_id, cycle_end, days_before, sent_at)
            values (:credential, :end, :days, :now)""", nativeQuery = true)
    int claimReminder(@Param("credential") long credentialId, @Param("end") LocalDate cycleEnd,
            @Param("days") int daysBefore, @Param("now") Instant now);

    @Query(value = "select count(*) from credential_reminder where credential_id = :credential", nativeQuery = true)
    int countReminders(@Param("credential") long credentialId);

    /** Hours that fall in each credential's current cycle, summed by credential, formality, delivery and topics. */
    interface CycleHours {
        long getCredentialId();

        String getFormality();

        String getDelivery();

        String getTopics();

        java.math.BigDecimal getHours();
    }

    @Query(value = """
            select x.credential_id as credentialId, x.formality as formality, x.delivery as delivery,
                   x.topics as topics, sum(x.hours) as hours
            from (select c.id as credential_id, h.formality, h.delivery, h.hours,
                         (select group_concat(t.topic order by t.topic separator ',') from ce_hours_topic t
                          where t.ce_hours_id = h.id) as topics
                  from member_credential c
                  join ce_hours h on h.member_id = c.member_id and h.earned_on between c.cycle_start and c.cycle_end
                  where c.member_id in (:members)) x
            group by x.credential_id, x.formality, x.delivery, x.topics""", nativeQuery = true)
    List<CycleHours> sumCycleHours(@Param("members") java.util.Collection<Long> memberIds);

    /** The duplicate's credentials on a profile the survivor holds too (the survivor's are kept). */
    @Modifying
    @Query(value = """
            delete d from member_credential d join member_credential s
              on s.profile_id = d.profile_id and s.member_id = :survivor
            where d.member_id = :duplicate""", nativeQuery = true)
    int deleteOverlapping(@Param("duplicate") long duplicateId, @Param("survivor") long survivorId);

    @Modifying
    @Query("update MemberCredential c set c.memberId = :survivor where c.memberId = :duplicate")
    int moveMember(@Param("duplicate") long duplicateId, @Param("survivor") long survivorId);
}
