package org.collegium.listings.service;

import java.time.Clock;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.listings.domain.GroupListing;
import org.collegium.listings.domain.GroupListingRepository;
import org.collegium.listings.domain.ListingStatus;
import org.collegium.listings.service.ListingRecords.ListingDetails;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's (and administrators') review of listings: publish, decline with a note, unpublish with a note. The
 * member is emailed each decision (in their language). Every listing, for these roles only.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_BOARD_OR_ADMIN)
public class ListingModeration {

    private final GroupListingRepository listings;
    private final ListingAccess access;
    private final CurrentActor actor;
    private final Clock clock;
    private final MailOutbox outbox;
    private final RecipientLanguage languages;
    private final AuditLog audit;

    ListingModeration(GroupListingRepository listings, ListingAccess access, CurrentActor actor, Clock clock,
            MailOutbox outbox, RecipientLanguage languages, AuditLog audit) {
        this.audit = audit;
        this.listings = listings;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
        this.outbox = outbox;
        this.languages = languages;
    }

    /** Listings in this state, oldest change first, a page at a time. */
    @Transactional(readOnly = true)
    public List<ListingDetails> queue(ListingStatus status, int offset, int limit) {
        int size = Math.max(1, limit);
        return access.details(listings.findByStatusOrderByUpdatedAtAscIdAsc(status, PageRequest.of(offset / size,
                size)).stream().toList());
    }

    @Transactional(readOnly = true)
    public long count(ListingStatus status) {
        return listings.countByStatus(status);
    }

    @Transactional(readOnly = true)
    public ListingDetails listing(long listingId) {
        return access.details(load(listingId));
    }

    public void publish(long listingId, long version) {
        GroupListing l = load(listingId, version);
        if (l.getStatus() == ListingStatus.WITHDRAWN) {
            throw new BusinessRuleException(Messages.t("listings.review.withdrawn"));
        }
        decide(l, ListingStatus.PUBLISHED, null, "published");
    }

    public void decline(long listingId, String note, long version) {
        decide(load(listingId, version), ListingStatus.DECLINED, ListingRules.note(note), "declined");
    }

    public void unpublish(long listingId, String note, long version) {
        GroupListing l = load(listingId, version);
        if (l.getStatus() != ListingStatus.PUBLISHED) {
            throw new BusinessRuleException(Messages.t("listings.review.not-published"));
        }
        decide(l, ListingStatus.UNPUBLISHED, ListingRules.note(note), "unpublished");
    }

    private void decide(GroupListing l, ListingStatus status, String note, String mail) {
        ListingStatus before = l.getStatus();
        String noteBefore = l.getReviewNote();
        l.review(status, note, actor.name(), clock.instant());
        listings.saveAndFlush(l);
        audit.record("LISTING_" + mail.toUpperCase(java.util.Locale.ROOT), ListingAudit.ENTITY, l.getId(),
                ListingAudit.summary(l, mail + " by the board"), new Changes().track("status", before, status)
                        .track("reviewNote", noteBefore, note));
        String email = access.ownerEmail(l);
        if (email != null) {
            var language = languages.of(email);
            outbox.enqueue(email, Messages.in(language, "listings.mail." + mail + ".subject", l.getTitle()),
                    Messages.in(language, "listings.mail." + mail + ".body", l.getTitle(), note == null ? "" : note));
        }
    }

    private GroupListing load(long listingId) {
        return listings.findById(listingId).orElseThrow(() -> new NotFoundException(Messages.t("listings.the-listing")));
    }

    private GroupListing load(long listingId, long version) {
        GroupListing l = load(listingId);
        ConcurrentEditException.check(l.getVersion(), version, Messages.t("listings.the-listing"));
        return l;
    }
}
