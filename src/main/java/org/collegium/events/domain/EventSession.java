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
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.collegium.base.domain.AuditedEntity;
import org.hibernate.annotations.OptimisticLock;

/**
 * A part of a conference (an institute, an open session) with its own time, seats and CE hours; its times are
 * read in its event's zone.
 */
@Entity
@Table(name = "event_session")
public class EventSession extends AuditedEntity implements Seats {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private Instant startsAt;
    @Column(nullable = false)
    private Instant endsAt;
    private int capacity;
    // changed only while the row is locked; not a person's edit, so it does not bump the version an editor holds
    @OptimisticLock(excluded = true)
    private int seatsTaken;
    @Column(nullable = false)
    private BigDecimal ceHours = BigDecimal.ZERO;

    protected EventSession() {
    }

    public EventSession(Event event) {
        this.event = event;
    }

    public void update(SessionKind kind, String title, Instant startsAt, Instant endsAt, int capacity,
            BigDecimal ceHours) {
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.ceHours = ceHours;
    }

    /**
     * Keeps the session's clock time when its event's zone changes from {@code from} to {@code to}: 9:00 in the
     * old zone becomes 9:00 in the new one (the moment moves, as the event's own times do).
     */
    public void keepClockTime(ZoneId from, ZoneId to) {
        startsAt = LocalDateTime.ofInstant(startsAt, from).atZone(to).toInstant();
        endsAt = LocalDateTime.ofInstant(endsAt, from).atZone(to).toInstant();
    }

    /** Whether two sessions share any moment (touching ends do not overlap). */
    public boolean overlaps(EventSession other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    @Override
    public void takeSeat() {
        seatsTaken++;
    }

    @Override
    public void releaseSeat() {
        seatsTaken--;
    }

    public Event getEvent() {
        return event;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    @Override
    public int getCapacity() {
        return capacity;
    }

    @Override
    public int getSeatsTaken() {
        return seatsTaken;
    }

    public BigDecimal getCeHours() {
        return ceHours;
    }
}
