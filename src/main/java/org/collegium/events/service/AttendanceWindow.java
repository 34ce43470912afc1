package org.collegium.events.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventStatus;
import org.springframework.stereotype.Component;

/**
 * When attendance may be recorded, in one place: from {@link EventProperties#attendanceOpensBefore()} before the
 * start of the event (or of the session), and never at a cancelled event. CE follows attendance, so this also
 * decides that CE is only ever awarded for an event that took place.
 */
@Component
class AttendanceWindow {

    private final EventProperties properties;
    private final Clock clock;

    AttendanceWindow(EventProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Why attendance for what starts at {@code startsAt} cannot be recorded now, or empty when it can. */
    Optional<String> closedReason(Event event, Instant startsAt) {
        if (event.getStatus() == EventStatus.CANCELLED) {
            return Optional.of("This event was cancelled: attendance cannot be recorded.");
        }
        Instant opens = startsAt.minus(properties.attendanceOpensBefore());
        if (clock.instant().isBefore(opens)) {
            // compared as instants; only said in words, in the event's own zone
            return Optional.of("This has not begun: attendance can be recorded from "
                    + SocietyClock.format(opens, event.getZone()) + ".");
        }
        return Optional.empty();
    }

    /** Refuses, with the reason, when attendance cannot be recorded now. */
    void check(Event event, Instant startsAt) {
        closedReason(event, startsAt).ifPresent(reason -> {
            throw new BusinessRuleException(reason);
        });
    }
}
