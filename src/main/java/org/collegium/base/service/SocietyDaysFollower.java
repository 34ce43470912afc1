package org.collegium.base.service;

/**
 * A feature that keeps figures by the society's day in the database (worked out there from stored UTC instants with
 * the offsets {@link SocietyZoneOffsets} writes) and works them out again when those offsets change: at the first
 * start, when the administrator picks another zone, or when the JDK's zone rules for it change.
 */
public interface SocietyDaysFollower {

    /** Called in the transaction that changed the offsets, after they changed. */
    void societyDaysChanged();
}
