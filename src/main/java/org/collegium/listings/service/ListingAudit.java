package org.collegium.listings.service;

import org.collegium.listings.domain.GroupListing;

/** How listings are named in the audit log (codes and summaries are not translated). */
final class ListingAudit {

    static final String ENTITY = "GroupListing";

    private ListingAudit() {
    }

    static String summary(GroupListing l, String what) {
        return "Listing \"" + l.getTitle() + "\" " + what;
    }
}
