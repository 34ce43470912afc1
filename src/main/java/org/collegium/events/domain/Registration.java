package org.collegium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.collegium.base.domain.AuditedEntity;
import org.collegium.members.domain.Member;

/**
 * One person's place at an event (no session) or at one session of a conference: a member, or a non-member
 * known by name and email. The id is the arrival order, which is the waitlist's order.
 */
@Entity
@Table(name = "registration")
public class Registration extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private EventSession session;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;
    @Column(nullable = false)
    private String firstName;
    @Column(nullable = false)
    private String lastName;
    @Column(nullable = false)
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;
    @Column(nullable = false)
    private BigDecimal price;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PriceKind priceKind;
    @Column(nullable = false)
    private Instant registeredAt;
    @Column(nullable = false)
    private Instant statusAt;
    private boolean cancelledByOrganiser;
    // a held seat (pending guest confirmation, or a freed seat offered): when it lapses, when to remind, and the
    // SHA-256 of the emailed link's token (the token itself is never stored)
    private Instant holdUntil;
    private Instant holdRemindAt;
    private boolean holdReminded;
    private String holdTokenHash;

    protected Registration() {
    }

    public Registration(Event event, EventSession session, Member member, String firstName, String lastName,
            String email, RegistrationStatus status, BigDecimal price, PriceKind priceKind, Instant now) {
        this.event = event;
        this.session = session;
        this.member = member;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.status = status;
        this.price = price;
        this.priceKind = priceKind;
        this.registeredAt = now;
        this.statusAt = now;
    }

    public void changeStatus(RegistrationStatus to, Instant now) {
        this.status = to;
        this.statusAt = now;
    }

    /** The organiser (not the registrant) cancelled this place: the event was cancelled, or the board did. */
    public void cancelByOrganiser(Instant now) {
        changeStatus(RegistrationStatus.CANCELLED, now);
        cancelledByOrganiser = true;
    }

    /** Holds (or waits for) a place until {@code until}, for whoever has the link whose token hashes to this. */
    public void hold(RegistrationStatus to, Instant until, Instant remindAt, String tokenHash, Instant now) {
        changeStatus(to, now);
        holdUntil = until;
        holdRemindAt = remindAt;
        holdReminded = false;
        holdTokenHash = tokenHash;
    }

    /** Whether this is a hold whose time has passed (it is free from that moment, whether or not it was swept). */
    public boolean holdLapsedAt(Instant now) {
        return status.isHold() && holdUntil != null && !now.isBefore(holdUntil);
    }

    public void markReminded() {
        holdReminded = true;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public Instant getHoldRemindAt() {
        return holdRemindAt;
    }

    /** The SHA-256 of the emailed link's token while a hold waits for it; null otherwise. */
    public String getHoldTokenHash() {
        return holdTokenHash;
    }

    public boolean isHoldReminded() {
        return holdReminded;
    }

    /** Links the registration to the member whose address it is (or nobody), at the price they are entitled to. */
    public void assignTo(Member owner, BigDecimal price, PriceKind kind) {
        this.member = owner;
        this.price = price;
        this.priceKind = kind;
    }

    public boolean isCancelledByOrganiser() {
        return cancelledByOrganiser;
    }

    /** The status as the registrant reads it ("Cancelled by the organiser" when it was not their choice). */
    public String statusLabel() {
        return status == RegistrationStatus.CANCELLED && cancelledByOrganiser ? "Cancelled by the organiser"
                : status.label();
    }

    /** The bundle key of {@link #statusLabel()}, for the label people read in their language. */
    public String statusKey() {
        return status == RegistrationStatus.CANCELLED && cancelledByOrganiser
                ? "events.registration-status.CANCELLED_BY_ORGANISER" : status.key();
    }

    /** What the registration holds seats in: the session when it is for one, otherwise the event. */
    public Seats seats() {
        return session != null ? session : event;
    }

    public String title() {
        return session == null ? event.getTitle() : event.getTitle() + " — " + session.getTitle();
    }

    public Instant startsAt() {
        return session == null ? event.getStartsAt() : session.getStartsAt();
    }

    public Instant endsAt() {
        return session == null ? event.getEndsAt() : session.getEndsAt();
    }

    public BigDecimal ceHours() {
        return session == null ? event.getCeHours() : session.getCeHours();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Event getEvent() {
        return event;
    }

    public EventSession getSession() {
        return session;
    }

    public Member getMember() {
        return member;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public PriceKind getPriceKind() {
        return priceKind;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getStatusAt() {
        return statusAt;
    }
}
