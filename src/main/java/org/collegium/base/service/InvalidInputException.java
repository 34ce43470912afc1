package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.util.Map;

/** A form broke field rules; {@link #fieldErrors()} says which field and why, in the person's words. */
public class InvalidInputException extends BusinessRuleException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(Messages.t("base.field.correct", String.join(" ", fieldErrors.values())));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
