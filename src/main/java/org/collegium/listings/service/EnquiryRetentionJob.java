package org.collegium.listings.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Old enquiries deleted every hour (collegium.listings.enquiry-purge-cron), once across instances. */
@Component
class EnquiryRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(EnquiryRetentionJob.class);

    private final EnquiryRetention retention;

    EnquiryRetentionJob(EnquiryRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${collegium.listings.enquiry-purge-cron:0 20 * * * *}")
    @SchedulerLock(name = "listing-enquiries-purge", lockAtMostFor = "PT10M")
    void purge() {
        log.info("Listing enquiries: {} past their retention deleted", retention.purge());
    }
}
