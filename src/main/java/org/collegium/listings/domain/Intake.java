package org.collegium.listings.domain;

/** Whether a listed group takes new people now. */
public enum Intake {
    OPEN, WAITLIST, FULL
}
