package org.collegium.groups.service;

import java.time.Duration;
import java.time.Instant;

/**
 * The seed's rule: a group starts on time and is locked to new attendees after its first N minutes. From
 * exactly N minutes after the start, only people who joined before can open the meeting again (until it
 * ends). The meeting link opens a little before the start.
 */
public final class LateJoinLock {

    private LateJoinLock() {
    }

    /** When the session closes to newcomers. */
    public static Instant locksAt(Instant start, int lockMinutes) {
        return start.plus(Duration.ofMinutes(lockMinutes));
    }

    public static boolean isLocked(Instant start, int lockMinutes, Instant now) {
        return !now.isBefore(locksAt(start, lockMinutes));
    }

    /** Whether someone may open the meeting now: after it opens, before the lock (or before the end if they joined). */
    public static boolean mayOpen(Instant start, Instant end, int lockMinutes, Duration opensBefore, Instant now,
            boolean alreadyJoined) {
        if (now.isBefore(start.minus(opensBefore)) || !now.isBefore(end)) {
            return false;
        }
        return alreadyJoined || !isLocked(start, lockMinutes, now);
    }
}
