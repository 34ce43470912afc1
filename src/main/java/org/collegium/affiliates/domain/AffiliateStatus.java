package org.collegium.affiliates.domain;

import org.collegium.base.service.Messages;

public enum AffiliateStatus {
    ACTIVE,
    INACTIVE;

    /** "Active", "Inactive", in the viewer's language. */
    public String label() {
        return Messages.t("affiliates.status." + name());
    }
}
