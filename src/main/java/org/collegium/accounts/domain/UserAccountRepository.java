package org.collegium.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** One page of accounts whose email or name contains the search text (already lower-cased). */
    @Query("""
            select a from UserAccount a
            where :search = '' or lower(a.email) like concat('%', :search, '%')
               or lower(a.displayName) like concat('%', :search, '%')""")
    List<UserAccount> search(@Param("search") String search, Pageable pageable);

    @Query("""
            select count(a) from UserAccount a
            where :search = '' or lower(a.email) like concat('%', :search, '%')
               or lower(a.displayName) like concat('%', :search, '%')""")
    long countSearch(@Param("search") String search);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = :role and a.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);
}
