package org.collegium.base.service;

/** Someone else saved the same record since it was opened; nothing was overwritten. */
public class ConcurrentEditException extends BusinessRuleException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else while you were editing it. "
                + "Nothing was saved: reload it to see their changes, then make yours again.");
    }

    /** Fails when the version the person edited is not the one stored now. */
    public static void check(long storedVersion, long editedVersion, String what) {
        if (storedVersion != editedVersion) {
            throw new ConcurrentEditException(what);
        }
    }
}
