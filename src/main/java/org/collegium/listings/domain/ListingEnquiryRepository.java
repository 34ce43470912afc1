package org.collegium.listings.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ListingEnquiryRepository extends JpaRepository<ListingEnquiry, Long> {

    long countByEmailAndCreatedAtAfter(String email, Instant since);

    long countByClientIpAndCreatedAtAfter(String clientIp, Instant since);

    @Modifying
    @Query("delete from ListingEnquiry e where e.createdAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
