package org.collegium.members.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipApplicationRepository extends JpaRepository<MembershipApplication, Long> {

    /** The application with its row locked: of two people deciding it at once, the second sees the decision. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from MembershipApplication a where a.id = :id")
    Optional<MembershipApplication> lockById(@Param("id") long id);

    boolean existsByEmailAndStatus(String email, ApplicationStatus status);

    List<MembershipApplication> findByEmailAndStatus(String email, ApplicationStatus status);

    /** The application an emailed confirmation link names, its row locked: a link is used once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from MembershipApplication a where a.confirmationTokenHash = :hash")
    Optional<MembershipApplication> lockByConfirmationTokenHash(@Param("hash") String hash);

    /** The board's queue: waiting for the board, or for the applicant's email confirmation; oldest first. */
    @Query("""
            select a from MembershipApplication a
            where a.status in (org.collegium.members.domain.ApplicationStatus.PENDING,
                               org.collegium.members.domain.ApplicationStatus.UNCONFIRMED)
              and (:affiliate is null or a.affiliate.id = :affiliate)
            order by a.createdAt, a.id""")
    List<MembershipApplication> findQueued(@Param("affiliate") Long affiliate, Pageable page);

    @Query("""
            select count(a) from MembershipApplication a
            where a.status in (org.collegium.members.domain.ApplicationStatus.PENDING,
                               org.collegium.members.domain.ApplicationStatus.UNCONFIRMED)
              and (:affiliate is null or a.affiliate.id = :affiliate)""")
    long countQueued(@Param("affiliate") Long affiliate);

    /** Pending requests, oldest first; affiliate null means every affiliate. */
    @Query("""
            select a from MembershipApplication a
            where a.status = org.collegium.members.domain.ApplicationStatus.PENDING
              and (:affiliate is null or a.affiliate.id = :affiliate)
            order by a.createdAt, a.id""")
    List<MembershipApplication> findPending(@Param("affiliate") Long affiliate, Pageable page);

    @Query("""
            select count(a) from MembershipApplication a
            where a.status = org.collegium.members.domain.ApplicationStatus.PENDING
              and (:affiliate is null or a.affiliate.id = :affiliate)""")
    long countPending(@Param("affiliate") Long affiliate);
}
