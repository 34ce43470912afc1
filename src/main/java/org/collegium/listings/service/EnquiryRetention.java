package org.collegium.listings.service;

import java.time.Clock;
import java.time.Duration;
import org.collegium.base.service.OpenAccess;
import org.collegium.listings.domain.ListingEnquiryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deletes enquiries older than collegium.listings.enquiry-retention-days (the listing keeps its count). */
@Service
@OpenAccess(reason = "scheduled job: deletes old enquiries, reads no one's records")
public class EnquiryRetention {

    private final ListingEnquiryRepository enquiries;
    private final ListingProperties properties;
    private final Clock clock;

    EnquiryRetention(ListingEnquiryRepository enquiries, ListingProperties properties, Clock clock) {
        this.enquiries = enquiries;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public int purge() {
        return enquiries.deleteOlderThan(clock.instant().minus(Duration.ofDays(properties.enquiryRetentionDays())));
    }
}
