package org.collegium.members.domain;

/** The renewal reminders a member gets around the end of a term. */
public enum ReminderKind {
    /** 30 days before the term ends. */
    DAYS_30(30),
    /** 7 days before the term ends. */
    DAYS_7(7),
    /** When the grace period is over and the membership has lapsed. */
    LAPSED(0);

    private final int daysBefore;

    ReminderKind(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public int daysBefore() {
        return daysBefore;
    }
}
