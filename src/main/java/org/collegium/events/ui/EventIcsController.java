package org.collegium.events.ui;

import org.collegium.base.service.NotFoundException;
import org.collegium.events.service.EventCalendar;
import org.collegium.events.service.EventFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A published event's .ics file at a stable URL anyone may open (SecurityConfig permits /ics/**). */
@RestController
class EventIcsController {

    private final EventCalendar calendar;

    EventIcsController(EventCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping(EventCalendar.EVENT_PATH + "{id}.ics")
    ResponseEntity<byte[]> event(@PathVariable long id) {
        try {
            EventFile file = calendar.eventIcs(id);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                    .body(file.content());
        } catch (NotFoundException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
