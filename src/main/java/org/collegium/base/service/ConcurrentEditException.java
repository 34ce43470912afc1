package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

/** Someone else saved the same record since it was opened; nothing was overwritten. */
public class ConcurrentEditException extends BusinessRuleException {

    public ConcurrentEditException(String what) {
        super(Messages.t("base.error.concurrent-edit", what));
    }

    /** Fails when the version the person edited is not the one stored now. */
    public static void check(long storedVersion, long editedVersion, String what) {
        if (storedVersion != editedVersion) {
            throw new ConcurrentEditException(what);
        }
    }
}
