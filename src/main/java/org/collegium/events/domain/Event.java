package org.collegium.events.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import java.util.EnumSet;
import java.util.Set;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.base.domain.AuditedEntity;
import org.hibernate.annotations.OptimisticLock;

/**
 * A conference, training, workshop, webinar or social, hosted nationally (no affiliate) or by one affiliate.
 * Times are instants (UTC in the database); people enter and read them in the event's own time zone (its
 * sessions' too), so a change of the society's zone moves neither the moment nor the clock time of any event.
 */
@Entity
@Table(name = "event")
public class Event extends AuditedEntity implements Seats {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(nullable = false)
    private Instant startsAt;
    @Column(nullable = false)
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventFormat format;
    private String venue;
    private String onlineLink;
    private int capacity;
    // changed only while the row is locked; not a person's edit, so it does not bump the version an editor holds
    @OptimisticLock(excluded = true)
    private int seatsTaken;
    @Column(nullable = false)
    private BigDecimal memberPrice;
    @Column(nullable = false)
    private BigDecimal nonMemberPrice;
    private BigDecimal earlyBirdPrice;
    private Instant earlyBirdUntil;
    private Instant registrationOpens;
    private Instant registrationCloses;
    private int cancelCutoffHours = 48;
    @Column(nullable = false)
    private BigDecimal ceHours = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    private CeType ceType;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliate_id")
    private Affiliate host;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status = EventStatus.DRAFT;
    /** The zone its times are entered and shown in (V75); the society's zone when the event was created. */
    @Column(nullable = false)
    private String timeZone = "America/New_York";

    // issue 16: the categories its CE counts in (a session's CE counts in its event's); delivery follows the format
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeFormality ceFormality = CeFormality.FORMAL;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "event_ce_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false)
    private Set<CeTopic> ceTopics = EnumSet.noneOf(CeTopic.class);

    // how a freed seat is given on: null gives it to the first person on the waitlist at once, otherwise it is
    // offered to them for this many hours (issue 13)
    private Integer offerHours;

    protected Event() {
    }

    public Event(EventKind kind, String title, Instant startsAt, Instant endsAt) {
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.format = EventFormat.IN_PERSON;
        this.memberPrice = BigDecimal.ZERO;
        this.nonMemberPrice = BigDecimal.ZERO;
    }

    /** Everything the editor changes at once (already validated by the service). */
    public void update(EventKind kind, String title, String description, Instant startsAt, Instant endsAt,
            EventFormat format, String venue, String onlineLink, int capacity, BigDecimal memberPrice,
            BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice, Instant earlyBirdUntil, Instant registrationOpens,
            Instant registrationCloses, int cancelCutoffHours, BigDecimal ceHours, CeType ceType, Affiliate host) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.format = format;
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
        this.memberPrice = memberPrice;
        this.nonMemberPrice = nonMemberPrice;
        this.earlyBirdPrice = earlyBirdPrice;
        this.earlyBirdUntil = earlyBirdUntil;
        this.registrationOpens = registrationOpens;
        this.registrationCloses = registrationCloses;
        this.cancelCutoffHours = cancelCutoffHours;
        this.ceHours = ceHours;
        this.ceType = ceType;
        this.host = host;
    }

    /** The categories its CE counts in (already validated by the service). */
    public void categorise(CeFormality formality, Set<CeTopic> topics) {
        this.ceFormality = formality;
        this.ceTopics.clear();
        this.ceTopics.addAll(topics);
    }

    public CeFormality getCeFormality() {
        return ceFormality;
    }

    public Set<CeTopic> getCeTopics() {
        return ceTopics.isEmpty() ? EnumSet.noneOf(CeTopic.class) : EnumSet.copyOf(ceTopics);
    }

    /**
     * How its CE was taken, by its format: a hybrid event's attendance is not known to have been in person, so it
     * counts as online (licences cap online hours; the ledger never overstates in-person hours).
     */
    public CeDelivery ceDelivery() {
        return format == EventFormat.IN_PERSON ? CeDelivery.IN_PERSON : CeDelivery.ONLINE;
    }

    /** Null: a freed seat goes to the first waitlisted person at once; else it is offered for that many hours. */
    public void setOfferHours(Integer offerHours) {
        this.offerHours = offerHours;
    }

    public Integer getOfferHours() {
        return offerHours;
    }

    public void publish() {
        status = EventStatus.PUBLISHED;
    }

    public void cancel() {
        status = EventStatus.CANCELLED;
    }

    /** Whether registrations are taken at this moment: published, within the registration window, not started. */
    public boolean isOpenAt(Instant now) {
        return status == EventStatus.PUBLISHED && now.isBefore(startsAt)
                && (registrationOpens == null || !now.isBefore(registrationOpens))
                && (registrationCloses == null || now.isBefore(registrationCloses));
    }

    /** The last moment a registrant may cancel themselves. */
    public Instant cancelUntil() {
        return startsAt.minus(Duration.ofHours(cancelCutoffHours));
    }

    @Override
    public void takeSeat() {
        seatsTaken++;
    }

    @Override
    public void releaseSeat() {
        seatsTaken--;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public EventFormat getFormat() {
        return format;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    @Override
    public int getCapacity() {
        return capacity;
    }

    @Override
    public int getSeatsTaken() {
        return seatsTaken;
    }

    public BigDecimal getMemberPrice() {
        return memberPrice;
    }

    public BigDecimal getNonMemberPrice() {
        return nonMemberPrice;
    }

    public BigDecimal getEarlyBirdPrice() {
        return earlyBirdPrice;
    }

    public Instant getEarlyBirdUntil() {
        return earlyBirdUntil;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public int getCancelCutoffHours() {
        return cancelCutoffHours;
    }

    public BigDecimal getCeHours() {
        return ceHours;
    }

    public CeType getCeType() {
        return ceType;
    }

    public Affiliate getHost() {
        return host;
    }

    public EventStatus getStatus() {
        return status;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    /** Sets the event's zone; returns whether it changed (its sessions then keep their clock time in the new one). */
    public boolean setZone(ZoneId zone) {
        boolean changed = !zone.getId().equals(timeZone);
        this.timeZone = zone.getId();
        return changed;
    }
}
