package org.collegium.events.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CeCreditRepository extends JpaRepository<CeCredit, Long> {

    Optional<CeCredit> findByRegistrationId(long registrationId);

    /** A member's awards that stand, oldest first, with what they were for. */
    @Query("""
            select c from CeCredit c join fetch c.registration r join fetch r.event left join fetch r.session
            where c.member.id = :member and c.withdrawn = false order by c.awardedOn, c.id""")
    List<CeCredit> findStanding(@Param("member") long memberId);

    @Query("""
            select c from CeCredit c join fetch c.registration r join fetch r.event e left join fetch e.host
            left join fetch r.session left join fetch c.member where c.id = :id""")
    Optional<CeCredit> findFull(@Param("id") long id);

    @Query("select c from CeCredit c join fetch c.registration r where r.event.id = :event and c.withdrawn = false")
    List<CeCredit> findStandingAtEvent(@Param("event") long eventId);
}
