package org.collegium.reports.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;

/** A range of the society's calendar days, both included, as the event and group reports take it. */
public record Days(LocalDate from, LocalDate to) {

    /** Refuses a missing, reversed or too long (over ten years) range, naming the fields. */
    public void check(FieldErrors errors) {
        if (from == null) {
            errors.add("from", Messages.t("reports.days.from.missing"));
        }
        if (to == null) {
            errors.add("to", Messages.t("reports.days.to.missing"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("to", Messages.t("reports.days.reversed"));
            } else if (from.plusYears(10).isBefore(to)) {
                errors.add("to", Messages.t("reports.days.too-long"));
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
