package org.collegium.listings.service;

import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.listings.domain.GroupListing;
import org.collegium.listings.domain.GroupListingRepository;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberLookup;
import org.collegium.listings.service.ListingRecords.ListingDetails;
import org.springframework.stereotype.Component;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Whose listing is whose, and a listing as people read it (the facilitator from their member record). */
@Component
class ListingAccess {

    private final AccountScopes scopes;
    private final MemberLookup members;
    private final GroupListingRepository listings;

    ListingAccess(AccountScopes scopes, MemberLookup members, GroupListingRepository listings) {
        this.scopes = scopes;
        this.members = members;
        this.listings = listings;
    }

    long currentMemberId() {
        return scopes.currentMemberId().orElseThrow(() -> new BusinessRuleException(
                Messages.t("listings.mine.not-linked")));
    }

    /** The signed-in member's own listing; another's reads as missing. */
    GroupListing mine(long listingId) {
        long me = currentMemberId();
        return listings.findById(listingId).filter(l -> l.getOwnerMemberId() == me)
                .orElseThrow(() -> new NotFoundException(Messages.t("listings.the-listing")));
    }

    ListingDetails details(GroupListing l) {
        return details(l, members.findById(l.getOwnerMemberId()).orElse(null));
    }

    /** A page of listings as people read them, their facilitators read in one query (not one per listing). */
    List<ListingDetails> details(List<GroupListing> page) {
        Map<Long, Member> owners = members.findAllById(page.stream().map(GroupListing::getOwnerMemberId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Member::getId, m -> m));
        return page.stream().map(l -> details(l, owners.get(l.getOwnerMemberId()))).toList();
    }

    private static ListingDetails details(GroupListing l, Member owner) {
        return new ListingDetails(l.getId(), l.getTitle(), l.getFocus(), l.getAudience(), l.getApproach(),
                owner == null ? "" : owner.getFullName(), owner == null ? null : owner.getCredentials(), l.getFormat(),
                l.getCity(), l.getState(), l.getServedStates(), l.getLanguages(), l.getFee(), l.isSlidingScale(),
                l.isFree(), l.getInsurance(), l.isStepFree(), l.isCaptioning(), l.isInterpreters(),
                l.getTransportNotes(), l.getSchedule(), l.getIntake(), l.isScreeningCall(), l.getStatus(),
                l.getReviewNote(), l.getUpdatedAt(), l.getVersion());
    }

    String ownerEmail(GroupListing l) {
        return members.findById(l.getOwnerMemberId()).map(Member::getEmail).orElse(null);
    }
}
