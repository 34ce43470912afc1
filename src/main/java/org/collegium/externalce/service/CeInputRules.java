package org.collegium.externalce.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.Text;

/**
 * The field rules external CE records and supervision logs share, each broken rule with its message on its field:
 * hours above zero, in hundredths at most, no more than a day holds ({@link #MAX_HOURS_PER_DAY}, counting the
 * member's other records on that day); a date that is not in the future nor absurdly old; text without hidden
 * characters, within the columns' lengths.
 */
final class CeInputRules {

    /** A record is for one day, and a day holds 24 hours: more, alone or with the member's others that day, is refused. */
    static final BigDecimal MAX_HOURS_PER_DAY = new BigDecimal("24");
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private final Map<String, String> errors = new LinkedHashMap<>();

    void add(String field, String key, Object... args) {
        errors.putIfAbsent(field, Messages.t(key, args));
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    private static String label(String field) {
        return Messages.t("externalce.field." + field);
    }

    String text(String field, String value, boolean required, int max) {
        if (Text.hasHiddenCharacters(value)) {
            add(field, "externalce.error.hidden", label(field));
        }
        String clean = Text.clean(value);
        if (clean == null) {
            if (required) {
                add(field, "externalce.error.required", label(field));
            }
            return null;
        }
        if (clean.length() > max) {
            add(field, "externalce.error.too-long", label(field), max);
        }
        return clean;
    }

    /** A day that is not after today (in the society's zone) and not before {@link #EARLIEST}. */
    LocalDate date(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            add(field, "externalce.error.required", label(field));
        } else if (day.isAfter(today)) {
            add(field, "externalce.error.future");
        } else if (day.isBefore(EARLIEST)) {
            add(field, "externalce.error.too-old");
        }
        return day;
    }

    /** Hours above zero, in hundredths at most, not more than a record's day holds (checked again with the day's others). */
    BigDecimal hours(String field, BigDecimal hours) {
        if (hours == null) {
            add(field, "externalce.error.required", label(field));
            return null;
        }
        if (hours.signum() <= 0) {
            add(field, "externalce.error.hours-positive");
        } else if (hours.stripTrailingZeros().scale() > 2) {
            add(field, "externalce.error.hours-hundredths");
        } else if (hours.compareTo(MAX_HOURS_PER_DAY) > 0) {
            add(field, "externalce.error.hours-day", Formats.decimal(MAX_HOURS_PER_DAY, 0));
        }
        return hours;
    }

    /** With the member's other hours that day (that still count or may), the day must not hold more than 24. */
    void dayTotal(String field, BigDecimal hours, BigDecimal others, LocalDate day) {
        if (has(field) || hours == null || day == null) {
            return;
        }
        BigDecimal total = hours.add(others);
        if (total.compareTo(MAX_HOURS_PER_DAY) > 0) {
            add(field, "externalce.error.hours-day-total", Formats.decimal(others, 2), Formats.decimal(total, 2),
                    Formats.decimal(MAX_HOURS_PER_DAY, 0));
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, "externalce.error.required", label(field));
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
