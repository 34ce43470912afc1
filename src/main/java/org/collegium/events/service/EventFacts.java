package org.collegium.events.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.OpenAccess;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.domain.RegistrationRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features (evaluations) need to know of events, inside their own method security: an event's facts,
 * whether the caller manages it (as the event editor decides: {@link EventAccess}), and who attended.
 */
@Service
@Transactional(readOnly = true)
@OpenAccess(reason = "read by the evaluations feature's services, which check their callers themselves")
public class EventFacts {

    /** An event as another feature needs it; {@code zone} is the event's own. */
    public record Facts(long id, String title, Instant startsAt, Instant endsAt, EventStatus status, CeType ceType,
            ZoneId zone) {
    }

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventAccess access;

    EventFacts(EventRepository events, RegistrationRepository registrations, EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.access = access;
    }

    /** An event the caller manages (edits), or not found (a stale or another affiliate's id: the same answer). */
    public Facts managed(long eventId) {
        return facts(access.loadManaged(eventId));
    }

    public Optional<Facts> find(long eventId) {
        return events.findById(eventId).map(EventFacts::facts);
    }

    public Facts get(long eventId) {
        return find(eventId).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
    }

    /** Whether the member attended the event, or any session of it. */
    public boolean attended(long eventId, long memberId) {
        return registrations.countAttended(eventId, memberId) > 0;
    }

    /** Events the member attended that have ended by {@code now} and were not cancelled, latest first. */
    public List<Facts> attendedEnded(long memberId, Instant now, int limit) {
        return registrations.findAttendedEventsEnded(memberId, now, PageRequest.of(0, limit)).stream()
                .map(EventFacts::facts).toList();
    }

    private static Facts facts(Event e) {
        return new Facts(e.getId(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), e.getStatus(), e.getCeType(),
                e.getZone());
    }
}
