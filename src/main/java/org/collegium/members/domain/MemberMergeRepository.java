package org.collegium.members.domain;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Finding likely duplicate members and moving a duplicate's history onto the surviving record. Grouping runs in
 * the database; rows are [member id, group key].
 */
public interface MemberMergeRepository extends Repository<Member, Long> {

    /** Same email once "+tags" are ignored (name+work@x.org and name@x.org). */
    @Query(value = """
            select m.id, k.norm from member m join (
                select concat(substring_index(substring_index(email, '@', 1), '+', 1), '@',
                              substring_index(email, '@', -1)) norm
                from member group by norm having count(*) between 2 and 5) k
              on concat(substring_index(substring_index(m.email, '@', 1), '+', 1), '@',
                        substring_index(m.email, '@', -1)) = k.norm
            order by k.norm, m.id""", nativeQuery = true)
    List<Object[]> sameNormalisedEmail();

    /** Same name and the same licence. */
    @Query(value = """
            select m.id, concat(k.fn, '|', k.ln, '|', k.lic) from member m join (
                select lower(first_name) fn, lower(last_name) ln, licence_number lic
                from member where licence_number is not null
                group by fn, ln, lic having count(*) between 2 and 5) k
              on lower(m.first_name) = k.fn and lower(m.last_name) = k.ln and m.licence_number = k.lic
            order by 2, m.id""", nativeQuery = true)
    List<Object[]> sameNameAndLicence();

    /** Names that sound alike (Soundex of first and last name) in the same state. */
    @Query(value = """
            select m.id, concat(k.st, '|', k.sf, '|', k.sl) from member m join (
                select coalesce(licence_state, state) st, soundex(first_name) sf, soundex(last_name) sl
                from member where coalesce(licence_state, state) is not null
                group by st, sf, sl having count(*) between 2 and 5) k
              on coalesce(m.licence_state, m.state) = k.st and soundex(m.first_name) = k.sf
             and soundex(m.last_name) = k.sl
            order by 2, m.id""", nativeQuery = true)
    List<Object[]> similarNameSameState();

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
