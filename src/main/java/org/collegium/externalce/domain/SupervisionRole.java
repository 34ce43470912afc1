package org.collegium.externalce.domain;

/** The member's part in a supervision: receiving it (from a named supervisor) or giving it. */
public enum SupervisionRole {
    SUPERVISEE, SUPERVISOR
}
