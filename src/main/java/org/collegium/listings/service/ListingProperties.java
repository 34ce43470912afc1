package org.collegium.listings.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Find-a-group settings (collegium.listings.*).
 *
 * @param enquiryLimitPerHour how many enquiries one email address, or one client address, may send in an hour
 * @param enquiryRetentionDays how long an enquiry is kept (for the rate limit and the facilitator's count) before
 *        it is deleted; it has been emailed to the facilitator by then
 */
@ConfigurationProperties("collegium.listings")
public record ListingProperties(@DefaultValue("3") int enquiryLimitPerHour,
        @DefaultValue("30") int enquiryRetentionDays) {
}
