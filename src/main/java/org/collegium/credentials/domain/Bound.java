package org.collegium.credentials.domain;

import org.collegium.base.i18n.Messages;

/** Whether a rule asks for at least or at most so many hours of a category. */
public enum Bound {
    MIN, MAX;

    public String label() {
        return Messages.t("credentials.bound." + name());
    }
}
