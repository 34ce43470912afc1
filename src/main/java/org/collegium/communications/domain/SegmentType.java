package org.collegium.communications.domain;

/**
 * Whom a communication goes to: the members list's filters, an event's registrants, a group's roster, the current
 * members short of a CE requirement profile (credentials' shortfall).
 */
public enum SegmentType {
    MEMBERS,
    EVENT,
    GROUP,
    CE_SHORTFALL
}
