package org.collegium.accounts.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** A new link makes the older unused ones of the same account worthless. */
    @Modifying
    @Query("update PasswordResetToken t set t.usedAt = :now where t.account = :account and t.usedAt is null")
    int invalidateOpenTokens(@Param("account") UserAccount account, @Param("now") Instant now);
}
