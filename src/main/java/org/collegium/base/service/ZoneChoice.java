package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A time zone chosen on a form (a peer group's, an event's), read one way everywhere: a zone id from the list, or
 * nothing (the caller then decides the default: the society's zone, or the record's own).
 */
public final class ZoneChoice {

    static final String UNKNOWN = "base.zone.unknown";

    private ZoneChoice() {
    }

    /** The zone named, or empty when none is named; a name that is no zone adds a message for the field. */
    public static Optional<ZoneId> parse(String chosen, FieldErrors errors, String field) {
        if (chosen == null || chosen.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(chosen.strip()));
        } catch (DateTimeException e) {
            errors.add(field, Messages.t(UNKNOWN));
            return Optional.empty();
        }
    }
}
