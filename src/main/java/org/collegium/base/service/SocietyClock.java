package org.collegium.base.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Now and dates as the society sees them: the injected clock in the society's time zone. */
@Component
public class SocietyClock {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.US);

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter
            .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    private final Clock clock;
    private final SocietySettingsService settings;

    public SocietyClock(Clock clock, SocietySettingsService settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public ZoneId zone() {
        return settings.current().timeZone();
    }

    public Instant instant() {
        return clock.instant();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(zone()));
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /** A moment as a person in the society reads it, e.g. "Nov 23, 2026, 2:30 PM EST". */
    public String format(Instant instant) {
        return instant == null ? "" : format(instant, zone());
    }

    /** The same, in a zone the caller already read (to format many moments with one settings read). */
    public static String format(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        return DATE_TIME.format(at) + " " + at.getZone().getDisplayName(java.time.format.TextStyle.SHORT, Locale.US);
    }

    /** A date in a list, e.g. "Mar 5, 2027". */
    public String formatShortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    public String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
