package org.collegium.calendar.service;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.util.Date;
import java.util.List;
import org.collegium.calendar.CalendarEntry;

/** Writes entries as an iCalendar (.ics) document with biweekly. */
public final class IcsWriter {

    private IcsWriter() {
    }

    public static String write(String calendarName, List<CalendarEntry> entries) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Collegium//Events//EN");
        ical.addName(calendarName);
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent();
            event.setUid(entry.uid());
            event.setSummary(entry.title());
            event.setDateStart(Date.from(entry.start()));
            event.setDateEnd(Date.from(entry.end()));
            if (entry.description() != null) {
                event.setDescription(entry.description());
            }
            if (entry.location() != null) {
                event.setLocation(entry.location());
            }
            if (entry.url() != null) {
                event.setUrl(entry.url());
            }
            event.setStatus(entry.cancelled() ? Status.cancelled() : Status.confirmed());
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }
}
