package org.collegium.calendar;

import java.time.Instant;

/**
 * One entry of a member's calendar feed.
 *
 * @param uid         stable and unique across every source (e.g. "registration-42@collegium"), so a calendar app
 *                    updates the entry instead of adding a copy when the feed is read again
 * @param title       what the calendar shows
 * @param description more text, or null
 * @param start       when it starts (an instant; calendar apps show it in the reader's own zone)
 * @param end         when it ends
 * @param location    a venue, or null
 * @param url         a link for the member (an online meeting link, only ever for someone entitled to it), or null
 * @param cancelled   shown struck out as cancelled rather than dropped, so the app removes it from the day
 */
public record CalendarEntry(String uid, String title, String description, Instant start, Instant end,
        String location, String url, boolean cancelled) {
}
