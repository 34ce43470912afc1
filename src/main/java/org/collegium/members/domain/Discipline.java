package org.collegium.members.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

public enum Discipline {
    PSYCHOLOGY,
    SOCIAL_WORK,
    COUNSELING,
    MARRIAGE_AND_FAMILY_THERAPY,
    PSYCHIATRY,
    NURSING,
    OTHER;

    /** The label in the current person's language ("Social work"). */
    public String label() {
        return Messages.t("members.discipline." + name());
    }

    /** The label in a given language (English in exported files, so that they re-import anywhere). */
    public String label(Locale locale) {
        return Messages.in(locale, "members.discipline." + name());
    }
}
