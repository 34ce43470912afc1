package org.collegium.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    /**
     * The language an account chose, read alone (no entity: every email written asks it, a rush of registrations
     * too); empty when there is no account of that address, or it chose none.
     */
    @Query("select a.language from UserAccount a where a.email = :email and a.language is not null")
    Optional<String> findLanguageByEmail(@Param("email") String email);

    boolean existsByEmail(String email);

    /** One page of accounts whose email or name contains the search text (already lower-cased). */
    @Query("""
            select a from UserAccount a
            where :search = '' or lower(a.email) like concat('%', :search, '%') escape '!'
               or lower(a.displayName) like concat('%', :search, '%') escape '!'""")
    List<UserAccount> search(@Param("search") String search, Pageable pageable);

    @Query("""
            select count(a) from UserAccount a
            where :search = '' or lower(a.email) like concat('%', :search, '%') escape '!'
               or lower(a.displayName) like concat('%', :search, '%') escape '!'""")
    long countSearch(@Param("search") String search);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = :role and a.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);

    /** The security stamp of an enabled account; empty when the account is disabled or gone. */
    @Query("select a.securityStamp from UserAccount a where a.id = :id and a.enabled = true")
    Optional<Long> findEnabledStamp(@Param("id") long id);
}
