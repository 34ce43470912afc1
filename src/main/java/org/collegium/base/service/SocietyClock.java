package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;

/**
 * Now and dates as people read them: the injected clock, in the society's time zone for the society's own rules, and
 * in the viewer's zone (their choice, else the society's) with the viewer's language for what is shown to them.
 */
@Component
public class SocietyClock {

    private final Clock clock;
    private final SocietySettingsService settings;

    public SocietyClock(Clock clock, SocietySettingsService settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** The society's zone: its days, deadlines and reports. */
    public ZoneId zone() {
        return settings.current().timeZone();
    }

    /** The zone of the person behind the current request: the one they chose, else the society's. */
    public ZoneId viewerZone() {
        return chosenZone().orElseGet(this::zone);
    }

    /** The zone the current person chose, if any (set per request by accounts/ui/PreferencesFilter). */
    public static Optional<ZoneId> chosenZone() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        if (context instanceof TimeZoneAwareLocaleContext zoned && zoned.getTimeZone() != null) {
            return Optional.of(zoned.getTimeZone().toZoneId());
        }
        return Optional.empty();
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

    /** A moment as the viewer reads it, e.g. "Nov 23, 2026, 2:30 PM EST". */
    public String format(Instant instant) {
        return instant == null ? "" : format(instant, viewerZone());
    }

    /** The same, in a given zone (to format many moments with one settings read), in the viewer's language. */
    public static String format(Instant instant, ZoneId zone) {
        return format(instant, zone, Messages.current());
    }

    /** The same, in a given language (an email or a PDF for someone). */
    public static String format(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        Locale language = Formats.language(locale);
        ZonedDateTime at = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .format(at) + " " + zoneName(at, language);
    }

    /**
     * A moment of an event or group that happens in its own zone, shown in the viewer's zone with the place's
     * beside it when they differ: "Dec 1, 2026, 4:30 PM PST (7:30 PM EST where it takes place)".
     */
    public String formatAt(Instant instant, ZoneId placeZone) {
        if (instant == null) {
            return "";
        }
        ZoneId viewer = viewerZone();
        String shown = format(instant, viewer);
        if (sameOffset(instant, viewer, placeZone)) {
            return shown;
        }
        return Messages.t("base.time.at-place", shown, time(instant, placeZone));
    }

    /** A wall-clock time with its zone, e.g. "7:30 PM EST". */
    public static String time(Instant instant, ZoneId zone) {
        Locale language = Formats.language(Messages.current());
        ZonedDateTime at = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(at) + " "
                + zoneName(at, language);
    }

    /** The short name of a zone at a moment ("EST", "PDT"); one rule for every time shown. */
    public static String zoneName(ZonedDateTime at, Locale language) {
        return at.getZone().getDisplayName(TextStyle.SHORT, language);
    }

    private static boolean sameOffset(Instant instant, ZoneId a, ZoneId b) {
        return a.getRules().getOffset(instant).equals(b.getRules().getOffset(instant));
    }

    /** A date in a list, e.g. "Mar 5, 2027". */
    public String formatShortDate(LocalDate date) {
        return date == null ? "" : shortDate(date, Messages.current());
    }

    public static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Formats.language(locale))
                .format(date);
    }

    /** A date in full, e.g. "Friday, March 5, 2027". */
    public String formatDate(LocalDate date) {
        return date == null ? "" : longDate(date, Messages.current());
    }

    public static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Formats.language(locale)).format(date);
    }
}
