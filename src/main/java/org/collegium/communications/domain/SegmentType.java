package org.collegium.communications.domain;

/** Whom a communication goes to: the members list's filters, an event's registrants, a group's roster. */
public enum SegmentType {
    MEMBERS,
    EVENT,
    GROUP
}
