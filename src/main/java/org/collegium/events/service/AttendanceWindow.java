package org.collegium.events.service;

import org.collegium.base.i18n.Messages;
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
    private final SocietyClock societyClock;

    AttendanceWindow(EventProperties properties, Clock clock, SocietyClock societyClock) {
        this.properties = properties;
        this.clock = clock;
        this.societyClock = societyClock;
    }

    /** Why attendance for what starts at {@code startsAt} cannot be recorded now, or empty when it can. */
    Optional<String> closedReason(Event event, Instant startsAt) {
        if (event.getStatus() == EventStatus.CANCELLED) {
            return Optional.of(Messages.t("events.attendance.cancelled"));
        }
        Instant opens = startsAt.minus(properties.attendanceOpensBefore());
        if (clock.instant().isBefore(opens)) {
            // compared as instants; said in the viewer's zone, with the event's own beside it when it differs
            return Optional.of(Messages.t("events.attendance.not-begun", societyClock.formatAt(opens,
                    event.getZone())));
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
