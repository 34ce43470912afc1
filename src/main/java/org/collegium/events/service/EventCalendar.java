package org.collegium.events.service;

import org.collegium.base.i18n.Messages;
import org.collegium.base.service.OpenAccess;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.collegium.base.service.NotFoundException;
import org.collegium.calendar.CalendarEntry;
import org.collegium.calendar.CalendarEntrySource;
import org.collegium.calendar.service.IcsWriter;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events in calendars: an .ics file for any published event (never with the online link), and a member's
 * registrations in their personal feed. Neither ever carries the online link: a feed address is a bearer secret.
 */
@Service
@Transactional(readOnly = true)
public class EventCalendar implements CalendarEntrySource {

    /** Where an event's .ics is served (see EventIcsController); the id and ".ics" follow. */
    public static final String EVENT_PATH = "/ics/event/";

    private final EventRepository events;
    private final RegistrationRepository registrations;

    EventCalendar(EventRepository events, RegistrationRepository registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    /** A published (or cancelled) event as an .ics file, for anyone (its texts in the downloader's language). */
    @PermitAll // a published event's public .ics (never with the link)
    public EventFile eventIcs(long eventId) {
        Event e = events.findById(eventId).filter(x -> x.getStatus() != EventStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
        CalendarEntry entry = new CalendarEntry("event-" + e.getId() + "@collegium", e.getTitle(), e.getDescription(),
                e.getStartsAt(), e.getEndsAt(), e.getVenue(), null, e.getStatus() == EventStatus.CANCELLED);
        return new EventFile("event-" + e.getId() + ".ics", "text/calendar; charset=UTF-8",
                IcsWriter.write(e.getTitle(), List.of(entry)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Runs without a signed-in person (the feed's token is the permission): only this member's own places, in the
     * feed owner's language (CalendarFeeds makes it the current one).
     */
    @Override
    @OpenAccess(reason = "a member's feed entries, for CalendarFeeds")
    public List<CalendarEntry> entriesFor(long memberId) {
        return registrations.findByMember(memberId).stream()
                .filter(r -> r.getStatus().isPlace() || r.getStatus() == RegistrationStatus.CANCELLED)
                .map(EventCalendar::entry).toList();
    }

    private static CalendarEntry entry(Registration r) {
        Event e = r.getEvent();
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED
                || r.getStatus() == RegistrationStatus.ATTENDED;
        String description = e.getDescription() == null ? "" : e.getDescription();
        if (confirmed && e.getFormat() != EventFormat.IN_PERSON) {
            // the feed is a shared secret: the link stays on the signed-in My registrations page and in emails
            description = description + (description.isEmpty() ? "" : "\n\n")
                    + Messages.t("events.ics.online-link-in-portal");
        }
        return new CalendarEntry("registration-" + r.getId() + "@collegium", r.title(), description, r.startsAt(),
                r.endsAt(), e.getVenue(), null, !confirmed && r.getStatus() != RegistrationStatus.NO_SHOW);
    }
}
