package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

/** The record asked for does not exist (or is not visible to the person asking). */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String what) {
        super(Messages.t("base.error.not-found", what));
    }
}
