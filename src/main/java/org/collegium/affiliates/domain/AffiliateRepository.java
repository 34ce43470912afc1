package org.collegium.affiliates.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AffiliateRepository extends JpaRepository<Affiliate, Long> {

    List<Affiliate> findAllByOrderByName();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByShortNameIgnoreCaseAndIdNot(String shortName, Long id);

    /**
     * Members per affiliate, counted in the database: rows of [affiliate id, all records, current members], current
     * being active or in grace (the stored status, kept true nightly).
     */
    @Query(value = "select affiliate_id, count(*), sum(status in ('ACTIVE', 'GRACE')) from member"
            + " where affiliate_id is not null group by affiliate_id", nativeQuery = true)
    List<Object[]> countMembersByAffiliate();
}
