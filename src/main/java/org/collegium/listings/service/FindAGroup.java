package org.collegium.listings.service;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.domain.SearchText;
import org.collegium.base.service.Text;
import org.collegium.listings.domain.GroupListing;
import org.collegium.listings.domain.GroupListingRepository;
import org.collegium.listings.domain.ListingEnquiry;
import org.collegium.listings.domain.ListingEnquiryRepository;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.domain.ListingStatus;
import org.collegium.listings.service.ListingRecords.Attendance;
import org.collegium.listings.service.ListingRecords.Enquiry;
import org.collegium.listings.service.ListingRecords.EnquirySent;
import org.collegium.listings.service.ListingRecords.ListingDetails;
import org.collegium.listings.service.ListingRecords.SearchFilter;
import org.collegium.listings.service.ListingRecords.SitemapEntry;
import org.collegium.members.service.MemberLookup;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public "Find a group" search and its listings' pages, for anyone: only published listings whose member is
 * in good standing now (checked in the query itself, so a lapse hides them at once), paged in the database. Never
 * the facilitator's email: an enquiry reaches them through the outbox.
 */
@Service
@Transactional(readOnly = true)
public class FindAGroup {

    private static final Sort ORDER = Sort.by("title", "id");

    private final GroupListingRepository listings;
    private final ListingEnquiryRepository enquiries;
    private final ListingAccess access;
    private final MemberLookup members;
    private final MailOutbox outbox;
    private final RecipientLanguage languages;
    private final ListingProperties properties;
    private final Clock clock;

    FindAGroup(GroupListingRepository listings, ListingEnquiryRepository enquiries, ListingAccess access,
            MemberLookup members, MailOutbox outbox, RecipientLanguage languages, ListingProperties properties,
            Clock clock) {
        this.listings = listings;
        this.enquiries = enquiries;
        this.access = access;
        this.members = members;
        this.outbox = outbox;
        this.languages = languages;
        this.properties = properties;
        this.clock = clock;
    }

    @PermitAll // the public Find a group page
    public List<ListingDetails> search(SearchFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        return access.details(listings.findAll(matching(filter), PageRequest.of(offset / size, size, ORDER))
                .getContent());
    }

    @PermitAll // the public Find a group page
    public long count(SearchFilter filter) {
        return listings.count(matching(filter));
    }

    /** The language codes the search offers: English and Spanish, and every other one a published listing names. */
    @PermitAll // the public Find a group page
    public List<String> languages() {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(List.of("en", "es"));
        for (String list : listings.languageLists(ListingStatus.PUBLISHED)) {
            for (String code : list.split(",")) {
                if (code.matches("[a-z]{2,3}")) {
                    codes.add(code);
                }
            }
        }
        return List.copyOf(codes);
    }

    @PermitAll // a listing's public page
    public ListingDetails listing(long listingId) {
        return access.details(visible(listingId));
    }

    /** The public pages for the sitemap: the search and every listing shown on it. */
    @PermitAll // /sitemap.xml
    public List<SitemapEntry> sitemap() {
        List<SitemapEntry> entries = new ArrayList<>();
        listings.findAll(matching(SearchFilter.none()), ORDER).forEach(l -> entries.add(new SitemapEntry(
                "find-a-group/" + l.getId(), l.getUpdatedAt() == null ? l.getCreatedAt() : l.getUpdatedAt())));
        return entries;
    }

    /**
     * Passes a visitor's message to the listing's facilitator, and acknowledges it to the visitor. A filled
     * honeypot is answered alike and dropped; more than collegium.listings.enquiry-limit-per-hour from one email
     * or client address in an hour is refused.
     */
    @PermitAll // a listing's public page
    @Transactional
    public EnquirySent enquire(long listingId, Enquiry enquiry, String clientIp) {
        GroupListing listing = visible(listingId);
        Enquiry clean = ListingRules.enquiry(enquiry);
        if (enquiry.website() != null && !enquiry.website().isBlank()) {
            return new EnquirySent(clean.email()); // a robot: accepted, and dropped
        }
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        String ip = Text.clean(clientIp);
        int limit = properties.enquiryLimitPerHour();
        if (enquiries.countByEmailAndCreatedAtAfter(clean.email(), hourAgo) >= limit
                || (ip != null && enquiries.countByClientIpAndCreatedAtAfter(ip, hourAgo) >= limit)) {
            throw new BusinessRuleException(Messages.t("listings.contact.rate-limited", limit));
        }
        enquiries.save(new ListingEnquiry(listing.getId(), clean.name(), clean.email(),
                ip == null ? null : ip.substring(0, Math.min(ip.length(), 64)), clean.message(), now));
        listings.countEnquiry(listing.getId());
        String to = access.ownerEmail(listing);
        if (to != null) {
            Locale theirs = languages.of(to);
            outbox.enqueue(to, Messages.in(theirs, "listings.mail.enquiry.subject", listing.getTitle()),
                    Messages.in(theirs, "listings.mail.enquiry.body", listing.getTitle(), clean.name(), clean.email(),
                            clean.message()));
        }
        Locale visitor = Messages.current();
        outbox.enqueue(clean.email(), Messages.in(visitor, "listings.mail.ack.subject", listing.getTitle()),
                Messages.in(visitor, "listings.mail.ack.body", clean.name(), listing.getTitle()));
        return new EnquirySent(clean.email());
    }

    private GroupListing visible(long listingId) {
        return listings.findOne(matching(SearchFilter.none()).and((root, q, cb) -> cb.equal(root.get("id"),
                listingId))).orElseThrow(() -> new NotFoundException(Messages.t("listings.the-listing")));
    }

    /** Published, its member in good standing now, and every filter given. */
    private Specification<GroupListing> matching(SearchFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), ListingStatus.PUBLISHED));
            where.add(members.inGoodStanding(root.get("ownerMemberId"), query, cb));
            String language = f.language() == null ? "" : f.language().strip().toLowerCase(Locale.ROOT);
            if (language.matches("[a-z]{2,3}")) {
                where.add(cb.like(root.get("languages"), "%," + language + ",%"));
            }
            if (f.maxFee() != null && f.maxFee().scale() >= 0) {
                where.add(cb.or(cb.isTrue(root.get("free")), cb.isTrue(root.get("slidingScale")),
                        cb.lessThanOrEqualTo(root.get("fee"), f.maxFee())));
            }
            String insurance = SearchText.normalise(Text.clean(f.insurance()));
            if (!insurance.isEmpty()) {
                where.add(cb.like(cb.lower(root.get("insurance")), "%" + insurance + "%", SearchText.ESCAPE));
            }
            String state = UsStates.code(f.state());
            Attendance attendance = f.attendance() == null ? Attendance.ANY : f.attendance();
            var online = root.get("format").in(ListingFormat.ONLINE, ListingFormat.HYBRID);
            var inPerson = root.get("format").in(ListingFormat.IN_PERSON, ListingFormat.HYBRID);
            Predicate servesState = state == null ? cb.conjunction()
                    : cb.like(root.get("servedStates"), "%," + state + ",%");
            Predicate inState = state == null ? cb.conjunction() : cb.equal(root.get("state"), state);
            switch (attendance) {
                case ONLINE -> where.add(cb.and(online, servesState));
                case IN_PERSON -> where.add(cb.and(inPerson, inState));
                case ANY -> {
                    if (state != null) {
                        where.add(cb.or(cb.and(online, servesState), cb.and(inPerson, inState)));
                    }
                }
            }
            if (f.stepFree()) {
                where.add(cb.isTrue(root.get("stepFree")));
            }
            if (f.captioning()) {
                where.add(cb.isTrue(root.get("captioning")));
            }
            if (f.interpreters()) {
                where.add(cb.isTrue(root.get("interpreters")));
            }
            String focus = SearchText.normalise(Text.clean(f.focus()));
            if (!focus.isEmpty()) {
                String like = "%" + focus + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("focus")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("audience")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("approach")), like, SearchText.ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
