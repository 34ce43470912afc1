package org.collegium.calendar.ui;

import org.collegium.calendar.service.CalendarFeeds;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a member's calendar feed at its secret URL, without a login (SecurityConfig permits /ics/**). */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeeds.FEED_PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token).map(ics -> ResponseEntity.ok().contentType(CALENDAR).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
