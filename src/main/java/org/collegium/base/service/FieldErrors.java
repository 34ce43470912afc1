package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Collects what is wrong with a submitted form, field by field, so a view can mark each field. Thrown as
 * {@link InvalidInputException} when anything was found. The messages are in the current person's language; a
 * caller passes the field's label already translated ("The first name", "El nombre").
 */
public final class FieldErrors {

    /** The first and last day any date of the society's records may fall on. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public FieldErrors require(String field, String value, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            return add(field, Messages.t("base.field.required", label));
        }
        return maxLength(field, value, label, maxLength);
    }

    public FieldErrors maxLength(String field, String value, String label, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            add(field, Messages.t("base.field.max-length", label, String.valueOf(maxLength)));
        }
        return text(field, value, label);
    }

    /** Refuses hidden direction or control characters (a name that displays as something else). */
    public FieldErrors text(String field, String value, String label) {
        if (Text.hasHiddenCharacters(value)) {
            add(field, Messages.t("base.field.hidden-characters", label));
        }
        return this;
    }

    /**
     * Refuses a date outside the years any of the society's records can have (one rule for every date field:
     * birth dates, terms, payments, events and sessions), e.g. 0100 or 9999 typed by mistake.
     */
    public FieldErrors date(String field, LocalDate value, String label) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            add(field, Messages.t("base.field.date-range", label, String.valueOf(EARLIEST.getYear()),
                    String.valueOf(LATEST.getYear())));
        }
        return this;
    }

    /** The same rule for a wall-clock time (an event's start, a registration deadline). */
    public FieldErrors date(String field, LocalDateTime value, String label) {
        return value == null ? this : date(field, value.toLocalDate(), label);
    }

    /** The same rule for a moment in time (read in UTC: a day either side of a year's end changes nothing). */
    public FieldErrors date(String field, Instant value, String label) {
        return value == null ? this : date(field, value.atZone(ZoneOffset.UTC).toLocalDate(), label);
    }

    /**
     * Refuses a date outside {@link #date}'s years on its own (for a service that checks one date outside a form).
     */
    public static void requireDate(String field, LocalDate value, String label) {
        new FieldErrors().date(field, value, label).throwIfAny();
    }

    /**
     * Refuses an amount typed in scientific notation ("1e15"): money is written as dollars and cents. Runs before
     * each feature's own range rule (putIfAbsent keeps this clearer message). The money fields let the letter
     * through to the server (see base/ui/MoneyField), so that it is refused here rather than dropped as "115".
     */
    public FieldErrors money(String field, BigDecimal amount, String label) {
        if (amount != null && amount.scale() < 0) {
            add(field, Messages.t("base.field.money", label,
                    amount.toString().toLowerCase(Locale.ROOT).replace("+", "")));
        }
        return this;
    }

    /** Refuses a meeting link that is not an https:// address with a host (one rule for every link field). */
    public FieldErrors httpsLink(String field, String value, String label) {
        if (value != null && !value.isBlank() && !isHttpsLink(value.strip())) {
            add(field, Messages.t("base.field.https", label));
        }
        return this;
    }

    /** Whether this is an https:// web address with a host: meeting links travel only over encrypted links. */
    public static boolean isHttpsLink(String value) {
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
