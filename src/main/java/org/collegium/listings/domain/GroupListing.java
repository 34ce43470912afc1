package org.collegium.listings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.collegium.base.domain.AuditedEntity;

/**
 * A group a member runs, listed in the public "Find a group" directory once the board publishes it. The
 * facilitator is the owning member (their name and credentials come from their record when shown). Languages and
 * served states are stored as codes between commas (",en,es,") so that one LIKE finds a code.
 */
@Entity
@Table(name = "group_listing")
public class GroupListing extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long ownerMemberId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String focus;
    private String audience;
    private String approach;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingFormat format;
    private String city;
    private String state;
    private String servedStates;
    @Column(nullable = false)
    private String languages;
    private BigDecimal fee;
    private boolean slidingScale;
    private boolean free;
    private String insurance;
    private boolean stepFree;
    private boolean captioning;
    private boolean interpreters;
    private String transportNotes;
    @Column(nullable = false)
    private String schedule;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Intake intake;
    private boolean screeningCall;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingStatus status = ListingStatus.PENDING;
    private String reviewNote;
    private String reviewedBy;
    private Instant reviewedAt;
    /** Written only by {@link GroupListingRepository#countEnquiry}, so a member's edit never overwrites it. */
    @Column(insertable = false, updatable = false)
    private int enquiryCount;

    protected GroupListing() {
    }

    public GroupListing(long ownerMemberId) {
        this.ownerMemberId = ownerMemberId;
    }

    /** Everything the member writes; the board's review is untouched. */
    public void describe(String title, String focus, String audience, String approach, ListingFormat format,
            String city, String state, List<String> servedStates, List<String> languages, BigDecimal fee,
            boolean slidingScale, boolean free, String insurance, boolean stepFree, boolean captioning,
            boolean interpreters, String transportNotes, String schedule, Intake intake, boolean screeningCall) {
        this.title = title;
        this.focus = focus;
        this.audience = audience;
        this.approach = approach;
        this.format = format;
        this.city = city;
        this.state = state;
        this.servedStates = servedStates.isEmpty() ? null : "," + String.join(",", servedStates) + ",";
        this.languages = "," + String.join(",", languages) + ",";
        this.fee = fee;
        this.slidingScale = slidingScale;
        this.free = free;
        this.insurance = insurance;
        this.stepFree = stepFree;
        this.captioning = captioning;
        this.interpreters = interpreters;
        this.transportNotes = transportNotes;
        this.schedule = schedule;
        this.intake = intake;
        this.screeningCall = screeningCall;
    }

    public void review(ListingStatus status, String note, String by, Instant at) {
        this.status = status;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /** Back to the board: a new listing, or a published one its owner edited. */
    public void submit() {
        this.status = ListingStatus.PENDING;
    }

    public void withdraw() {
        this.status = ListingStatus.WITHDRAWN;
    }

    private static List<String> codes(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public long getOwnerMemberId() { return ownerMemberId; }
    public String getTitle() { return title; }
    public String getFocus() { return focus; }
    public String getAudience() { return audience; }
    public String getApproach() { return approach; }
    public ListingFormat getFormat() { return format; }
    public String getCity() { return city; }
    public String getState() { return state; }
    public List<String> getServedStates() { return codes(servedStates); }
    public List<String> getLanguages() { return codes(languages); }
    public BigDecimal getFee() { return fee; }
    public boolean isSlidingScale() { return slidingScale; }
    public boolean isFree() { return free; }
    public String getInsurance() { return insurance; }
    public boolean isStepFree() { return stepFree; }
    public boolean isCaptioning() { return captioning; }
    public boolean isInterpreters() { return interpreters; }
    public String getTransportNotes() { return transportNotes; }
    public String getSchedule() { return schedule; }
    public Intake getIntake() { return intake; }
    public boolean isScreeningCall() { return screeningCall; }
    public ListingStatus getStatus() { return status; }
    public String getReviewNote() { return reviewNote; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public int getEnquiryCount() { return enquiryCount; }
}
