package org.collegium.reports.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.collegium.base.service.FieldErrors;

/** A range of the society's calendar days, both included, as the event and group reports take it. */
public record Days(LocalDate from, LocalDate to) {

    /** Refuses a missing, reversed or too long (over ten years) range, naming the fields. */
    public void check(FieldErrors errors) {
        if (from == null) {
            errors.add("from", "Choose the first day.");
        }
        if (to == null) {
            errors.add("to", "Choose the last day.");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("to", "The last day must not be before the first.");
            } else if (from.plusYears(10).isBefore(to)) {
                errors.add("to", "Choose at most ten years.");
            }
        }
    }

    /** The first instant of the range, as stored (UTC), for a day in the society's time zone. */
    LocalDateTime start(ZoneId zone) {
        return LocalDateTime.ofInstant(from.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }

    /** The first instant after the range, as stored (UTC). */
    LocalDateTime end(ZoneId zone) {
        return LocalDateTime.ofInstant(to.plusDays(1).atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }
}
