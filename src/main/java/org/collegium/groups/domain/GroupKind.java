package org.collegium.groups.domain;

import java.util.Locale;
import org.collegium.base.i18n.Messages;

/** What a peer group is for. */
public enum GroupKind {
    PEER_CONSULTATION,
    SUPPORT,
    SUPERVISION,
    SPECIAL_INTEREST;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("groups.kind." + name());
    }

    /** The label in a given language (an email to someone). */
    public String label(Locale locale) {
        return Messages.in(locale, "groups.kind." + name());
    }
}
