package org.collegium.groups.service;

import org.collegium.base.service.FieldErrors;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.service.GroupRecords.GroupForm;

/** What a group's form must satisfy, field by field. */
final class GroupRules {

    private GroupRules() {
    }

    static FieldErrors check(GroupForm f) {
        FieldErrors e = new FieldErrors();
        e.require("name", f.name(), "Name", 150);
        if (f.kind() == null) {
            e.add("kind", "Choose what kind of group this is.");
        }
        e.maxLength("description", f.description(), "Description", 2000);
        if (f.day() == null) {
            e.add("day", "Choose the day the group meets.");
        }
        if (f.start() == null) {
            e.add("start", "Enter the time the group starts.");
        }
        if (f.durationMinutes() == null || f.durationMinutes() < 15 || f.durationMinutes() > 480) {
            e.add("durationMinutes", "A session lasts between 15 and 480 minutes.");
        }
        if (f.intervalWeeks() == null || f.intervalWeeks() < 1 || f.intervalWeeks() > 8) {
            e.add("intervalWeeks", "Meet every 1 to 8 weeks (4 for a monthly group).");
        }
        if (f.startsOn() == null) {
            e.add("startsOn", "Enter the date of the first session.");
        }
        if (f.format() == null) {
            e.add("format", "Choose online or in person.");
        }
        e.maxLength("location", f.location(), "Location or platform", 300);
        if (f.capacity() == null || f.capacity() < 2 || f.capacity() > PeerGroup.MAX_CAPACITY) {
            e.add("capacity", "Capacity is between 2 and " + PeerGroup.MAX_CAPACITY + ".");
        }
        if (f.lockMinutes() == null || f.lockMinutes() < 0 || f.lockMinutes() > 60) {
            e.add("lockMinutes", "The late-join lock is between 0 and 60 minutes.");
        } else if (f.durationMinutes() != null && f.lockMinutes() >= f.durationMinutes()) {
            e.add("lockMinutes", "The late-join lock must come before the session ends.");
        }
        e.require("language", f.language(), "Language", 60);
        if (f.cost() == null) {
            e.add("cost", "Choose what the group costs.");
        }
        e.maxLength("costNote", f.costNote(), "Cost note", 200);
        e.maxLength("accessibilityNotes", f.accessibilityNotes(), "Accessibility notes", 1000);
        e.require("understandings", f.understandings(), "The group's understandings", 10000);
        if (f.status() == null) {
            e.add("status", "Choose active or paused.");
        }
        return e;
    }
}
