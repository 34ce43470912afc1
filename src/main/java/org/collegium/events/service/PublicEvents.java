package org.collegium.events.service;

import org.collegium.base.i18n.Messages;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.collegium.base.service.NotFoundException;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventSessionRepository;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.domain.SessionKind;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without signing in: published events that have not ended. Never the online link
 * (that goes to confirmed registrants only) and never who registered.
 */
@Service
@Transactional(readOnly = true)
public class PublicEvents {

    /** At most this many upcoming events are listed on the public page. */
    static final int LISTED = 200;

    /** A published event; its times (and its sessions') are shown in {@code zone}, the event's own. */
    public record PublicEvent(long id, EventKind kind, String title, String description, Instant startsAt,
            Instant endsAt, EventFormat format, String venue, String hostName, int seatsLeft, BigDecimal memberPrice,
            BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice, Instant earlyBirdUntil, BigDecimal ceHours,
            CeType ceType, boolean open, boolean cancelled, List<PublicSession> sessions, ZoneId zone) {
    }

    public record PublicSession(long id, SessionKind kind, String title, Instant startsAt, Instant endsAt,
            int seatsLeft, BigDecimal ceHours) {
    }

    private final EventRepository events;
    private final EventSessionRepository sessions;
    private final Clock clock;

    PublicEvents(EventRepository events, EventSessionRepository sessions, Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PermitAll // the public Upcoming events pages
    public List<PublicEvent> upcoming() {
        Instant now = clock.instant();
        return events.findPublishedEndingAfter(now, PageRequest.of(0, LISTED)).stream()
                .map(e -> view(e, now, false)).toList();
    }

    @PermitAll // the public Upcoming events pages
    public PublicEvent event(long id) {
        Event e = events.findWithHost(id).filter(x -> x.getStatus() != EventStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
        return view(e, clock.instant(), true);
    }

    private PublicEvent view(Event e, Instant now, boolean withSessions) {
        List<PublicSession> parts = !withSessions ? List.of()
                : sessions.findByEventIdOrderByStartsAtAscIdAsc(e.getId()).stream()
                        .map(s -> new PublicSession(s.getId(), s.getKind(), s.getTitle(), s.getStartsAt(),
                                s.getEndsAt(), s.getCapacity() - s.getSeatsTaken(), s.getCeHours()))
                        .toList();
        return new PublicEvent(e.getId(), e.getKind(), e.getTitle(), e.getDescription(), e.getStartsAt(),
                e.getEndsAt(), e.getFormat(), e.getVenue(), e.getHost() == null ? Messages.t("events.host.national") : e.getHost().getName(),
                e.getCapacity() - e.getSeatsTaken(), e.getMemberPrice(), e.getNonMemberPrice(), e.getEarlyBirdPrice(),
                e.getEarlyBirdUntil(), e.getCeHours(), e.getCeType(), e.isOpenAt(now),
                e.getStatus() == EventStatus.CANCELLED, parts, e.getZone());
    }
}
