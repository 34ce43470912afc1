package org.collegium.listings.service;

import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.i18n.Messages;
import org.collegium.listings.domain.GroupListing;
import org.collegium.listings.domain.GroupListingRepository;
import org.collegium.listings.domain.ListingStatus;
import org.collegium.listings.service.ListingRecords.ListingDetails;
import org.collegium.listings.service.ListingRecords.ListingForm;
import org.collegium.listings.service.ListingRecords.MyListing;
import org.collegium.members.service.MemberLookup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own listings in Find a group: only a member in good standing lists a group (the directory's rule,
 * {@code MemberLookup.inGoodStanding}); a new listing, and any edit of one, waits for the board's review.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_MEMBER)
public class ListingService {

    private final GroupListingRepository listings;
    private final ListingAccess access;
    private final MemberLookup members;
    private final AuditLog audit;

    ListingService(GroupListingRepository listings, ListingAccess access, MemberLookup members, AuditLog audit) {
        this.listings = listings;
        this.access = access;
        this.members = members;
        this.audit = audit;
    }

    /** Whether the signed-in member may list a group now (in good standing). */
    @Transactional(readOnly = true)
    public boolean mayList() {
        return members.inGoodStanding(access.currentMemberId());
    }

    @Transactional(readOnly = true)
    public List<MyListing> mine() {
        return listings.findByOwnerMemberIdOrderByTitleAscIdAsc(access.currentMemberId()).stream()
                .map(l -> new MyListing(l.getId(), l.getTitle(), l.getStatus(), l.getReviewNote(),
                        l.getEnquiryCount(), l.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ListingForm form(long listingId) {
        return formOf(access.mine(listingId));
    }

    private static ListingForm formOf(GroupListing l) {
        return new ListingForm(l.getTitle(), l.getFocus(), l.getAudience(), l.getApproach(), l.getFormat(),
                l.getCity(), l.getState(), l.getServedStates(), l.getLanguages(), l.getFee(), l.isSlidingScale(),
                l.isFree(), l.getInsurance(), l.isStepFree(), l.isCaptioning(), l.isInterpreters(),
                l.getTransportNotes(), l.getSchedule(), l.getIntake(), l.isScreeningCall(), l.getVersion());
    }

    @Transactional(readOnly = true)
    public ListingDetails details(long listingId) {
        return access.details(access.mine(listingId));
    }

    /** A new listing, for the board to review. */
    public long create(ListingForm form) {
        long me = access.currentMemberId();
        requireStanding(me);
        GroupListing listing = new GroupListing(me);
        ListingRules.apply(form, listing);
        long id = listings.saveAndFlush(listing).getId();
        audit.record("LISTING_CREATED", ListingAudit.ENTITY, id, ListingAudit.summary(listing, "listed"),
                new Changes().compare(null, formOf(listing)).track("status", null, listing.getStatus()));
        return id;
    }

    /** Saves the member's changes; a listing that was published (or declined) goes back to the board. */
    public void update(long listingId, ListingForm form) {
        GroupListing listing = access.mine(listingId);
        requireStanding(listing.getOwnerMemberId());
        ConcurrentEditException.check(listing.getVersion(), form.version(), Messages.t("listings.the-listing"));
        ListingForm before = formOf(listing);
        ListingStatus statusBefore = listing.getStatus();
        ListingRules.apply(form, listing);
        listing.submit();
        listings.saveAndFlush(listing);
        Changes changes = new Changes().compare(before, formOf(listing)).track("status", statusBefore,
                listing.getStatus());
        if (!changes.isEmpty()) {
            audit.record("LISTING_UPDATED", ListingAudit.ENTITY, listingId, ListingAudit.summary(listing,
                    "changed by its facilitator"), changes);
        }
    }

    /** Takes the listing off the public search (the member may edit it to submit it again). */
    public void withdraw(long listingId) {
        GroupListing listing = access.mine(listingId);
        ListingStatus before = listing.getStatus();
        if (before != ListingStatus.WITHDRAWN) {
            listing.withdraw();
            listings.saveAndFlush(listing);
            audit.record("LISTING_WITHDRAWN", ListingAudit.ENTITY, listingId, ListingAudit.summary(listing,
                    "withdrawn by its facilitator"), new Changes().track("status", before, listing.getStatus()));
        }
    }

    private void requireStanding(long memberId) {
        if (!members.inGoodStanding(memberId)) {
            throw new BusinessRuleException(Messages.t("listings.mine.not-in-standing"));
        }
    }
}
