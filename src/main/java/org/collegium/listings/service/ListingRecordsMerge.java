package org.collegium.listings.service;

import org.collegium.listings.domain.GroupListingRepository;
import org.collegium.members.service.MemberMergeStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Merging two members: the duplicate's group listings go to the survivor. */
@Component
@Transactional(propagation = Propagation.MANDATORY) // a step of the member merge's transaction
class ListingRecordsMerge implements MemberMergeStep {

    private final GroupListingRepository listings;

    ListingRecordsMerge(GroupListingRepository listings) {
        this.listings = listings;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        int moved = listings.moveOwner(duplicateId, survivorId);
        return moved == 0 ? "" : moved + " group listings";
    }
}
