package org.collegium.base.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects what is wrong with a submitted form, field by field, so a view can mark each field. Thrown as
 * {@link InvalidInputException} when anything was found.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public FieldErrors require(String field, String value, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            return add(field, label + " is required.");
        }
        return maxLength(field, value, label, maxLength);
    }

    public FieldErrors maxLength(String field, String value, String label, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            add(field, label + " may have at most " + maxLength + " characters.");
        }
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
