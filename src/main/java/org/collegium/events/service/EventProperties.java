package org.collegium.events.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event settings (collegium.events.*).
 *
 * @param attendanceOpensBefore how long before an event's or session's start its attendance may be recorded
 *        (check-in at the door); never earlier, so nobody is "attended" at an event that has not begun
 * @param guestHold how long a guest's registration holds its place while it waits for its emailed link to be
 *        opened; the link expires with it
 */
@ConfigurationProperties("collegium.events")
public record EventProperties(@DefaultValue("PT1H") Duration attendanceOpensBefore,
        @DefaultValue("PT30M") Duration guestHold) {
}
