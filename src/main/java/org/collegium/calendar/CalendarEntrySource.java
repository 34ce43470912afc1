package org.collegium.calendar;

import java.util.List;

/**
 * Something that puts entries into a member's personal calendar feed: event registrations today, peer-group
 * sessions later. Implement it as a Spring bean in your own feature; {@code CalendarFeeds} collects every
 * source's entries into the one feed.
 *
 * <p>The feed is read by calendar apps with the member's secret token, not a login: {@link #entriesFor} runs
 * with nobody signed in, so it must not rely on method security, and must return only what belongs in that
 * member's own calendar (for example, a meeting link only to someone entitled to it).
 */
public interface CalendarEntrySource {

    /** This member's entries from this source (past and future; the feed does not filter). */
    List<CalendarEntry> entriesFor(long memberId);
}
