package org.collegium.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.SessionKind;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.EventService.SessionForm;
import org.collegium.support.Roles;

/** Published events for tests, created through the service as the board (who then stops acting). */
public final class EventFixtures {

    private final EventService events;
    private final Roles roles;

    public EventFixtures(EventService events, Roles roles) {
        this.events = events;
        this.roles = roles;
    }

    /** A training 40 days from now (real or test clock), in the society's zone, with the given seats. */
    public static EventForm training(String title, int capacity, Long hostId) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/New_York")).plusDays(40).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        return new EventForm(EventKind.TRAINING, title, "A day of practice.", start, start.plusHours(7),
                EventFormat.HYBRID, "Hall A, 1 Main St", "https://meet.example.org/" + UUID.randomUUID(), capacity,
                new BigDecimal("120.00"), new BigDecimal("180.00"), null, null, null, null, 48, new BigDecimal("6"),
                CeType.APA, hostId, 0);
    }

    public long publish(EventForm form) {
        return roles.as("board@example.org", Role.BOARD, () -> {
            long id = events.save(null, form);
            events.publish(id);
            return id;
        });
    }

    public long addSession(long eventId, String title, int capacity, int startHour, int hours) {
        return roles.as("board@example.org", Role.BOARD, () -> {
            LocalDateTime day = events.load(eventId).form().startsAt().withHour(startHour);
            return events.saveSession(eventId, null, new SessionForm(SessionKind.OPEN_SESSION, title, day,
                    day.plusHours(hours), capacity, BigDecimal.valueOf(hours)));
        });
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
