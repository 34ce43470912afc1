package org.collegium.affiliates.domain;

import org.collegium.base.i18n.Messages;

public enum AffiliateStatus {
    ACTIVE,
    INACTIVE;

    /** "Active", "Inactive", in the viewer's language. */
    public String label() {
        return Messages.t("affiliates.status." + name());
    }
}
