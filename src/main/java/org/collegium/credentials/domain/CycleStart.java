package org.collegium.credentials.domain;

import org.collegium.base.i18n.Messages;

/** How a requirement profile's cycles start. */
public enum CycleStart {
    /** On a date the profile fixes (1 January), repeating every cycle. */
    FIXED_DATE,
    /** After the member's birth month: a cycle ends on the last day of the birth month. */
    BIRTH_MONTH,
    /** On the date the member's licence or certification was issued. */
    ISSUE_DATE;

    public String label() {
        return Messages.t("credentials.cycle-start." + name());
    }
}
