package org.collegium.listings.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.collegium.listings.domain.Intake;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.domain.ListingStatus;

/** What the listings services take and give. */
public final class ListingRecords {

    private ListingRecords() {
    }

    /** A member's listing as they write it; {@code version} is the one they opened (0 for a new listing). */
    public record ListingForm(String title, String focus, String audience, String approach, ListingFormat format,
            String city, String state, List<String> servedStates, List<String> languages, BigDecimal fee,
            boolean slidingScale, boolean free, String insurance, boolean stepFree, boolean captioning,
            boolean interpreters, String transportNotes, String schedule, Intake intake, boolean screeningCall,
            long version) {

        public static ListingForm blank() {
            return new ListingForm(null, null, null, null, ListingFormat.ONLINE, null, null, List.of(), List.of("en"),
                    null, false, false, null, false, false, false, null, null, Intake.OPEN, false, 0);
        }
    }

    /** One of the signed-in member's listings, with its review and how many enquiries it had. */
    public record MyListing(long id, String title, ListingStatus status, String reviewNote, int enquiries,
            long version) {
    }

    /**
     * A listing as the public reads it (and the board reviews it): the facilitator's name and credentials are
     * their member record's; never their email.
     */
    public record ListingDetails(long id, String title, String focus, String audience, String approach,
            String facilitator, String credentials, ListingFormat format, String city, String state,
            List<String> servedStates, List<String> languages, BigDecimal fee, boolean slidingScale, boolean free,
            String insurance, boolean stepFree, boolean captioning, boolean interpreters, String transportNotes,
            String schedule, Intake intake, boolean screeningCall, ListingStatus status, String reviewNote,
            Instant updatedAt, long version) {
    }

    /** Online or in person, for the public search. */
    public enum Attendance {
        ANY, ONLINE, IN_PERSON
    }

    /**
     * The public search. Empty values do not filter. {@code maxFee}: what one can pay per session (free and
     * sliding-scale groups always match); {@code state}: a group in person in the state, or online serving it.
     */
    public record SearchFilter(String language, BigDecimal maxFee, String insurance, Attendance attendance,
            String state, boolean stepFree, boolean captioning, boolean interpreters, String focus) {

        public static SearchFilter none() {
            return new SearchFilter(null, null, null, Attendance.ANY, null, false, false, false, null);
        }
    }

    /** A visitor's message to a listing's facilitator; {@code website} is the honeypot (left empty by people). */
    public record Enquiry(String name, String email, String message, String website) {
    }

    /** What the visitor is told: the same whatever happened to the message behind it. */
    public record EnquirySent(String email) {
    }

    /** A public address for the sitemap. */
    public record SitemapEntry(String path, Instant lastModified) {
    }
}
