package org.collegium.accounts.domain;

import org.collegium.base.service.Messages;
import org.collegium.base.domain.Access;

/** What a person may do in the portal; see the roles matrix in docs/design.md. Names come from {@link Access}. */
public enum Role {
    ADMIN(Access.ADMIN),
    BOARD(Access.BOARD),
    OFFICER(Access.OFFICER),
    AFFILIATE_ADMIN(Access.AFFILIATE_ADMIN),
    FACILITATOR(Access.FACILITATOR),
    MEMBER(Access.MEMBER);

    Role(String name) {
        if (!name.equals(name())) {
            throw new IllegalStateException(name() + " must be spelled as in Access: " + name);
        }
    }

    /** The role's name in the current person's language ("Administrator", "Administrador"). */
    public String label() {
        return Messages.t("accounts.role." + name());
    }

    /** The Spring Security authority, e.g. ROLE_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }
}
