package org.collegium.groups.service;

import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.service.GroupRecords.GroupForm;

/** What a group's form must satisfy, field by field, told in the current person's language. */
final class GroupRules {

    private GroupRules() {
    }

    static FieldErrors check(GroupForm f) {
        FieldErrors e = new FieldErrors();
        e.require("name", f.name(), Messages.t("groups.rules.label.name"), 150);
        if (f.kind() == null) {
            e.add("kind", Messages.t("groups.rules.kind"));
        }
        e.maxLength("description", f.description(), Messages.t("groups.rules.label.description"), 2000);
        if (f.day() == null) {
            e.add("day", Messages.t("groups.rules.day"));
        }
        if (f.start() == null) {
            e.add("start", Messages.t("groups.rules.start"));
        }
        if (f.durationMinutes() == null || f.durationMinutes() < 15 || f.durationMinutes() > 480) {
            e.add("durationMinutes", Messages.t("groups.rules.duration"));
        }
        if (f.intervalWeeks() == null || f.intervalWeeks() < 1 || f.intervalWeeks() > 8) {
            e.add("intervalWeeks", Messages.t("groups.rules.interval"));
        }
        if (f.startsOn() == null) {
            e.add("startsOn", Messages.t("groups.rules.starts-on"));
        }
        if (f.format() == null) {
            e.add("format", Messages.t("groups.rules.format"));
        }
        e.maxLength("location", f.location(), Messages.t("groups.rules.label.location"), 300);
        if (f.capacity() == null || f.capacity() < 2 || f.capacity() > PeerGroup.MAX_CAPACITY) {
            e.add("capacity", Messages.t("groups.rules.capacity", PeerGroup.MAX_CAPACITY));
        }
        if (f.lockMinutes() == null || f.lockMinutes() < 0 || f.lockMinutes() > 60) {
            e.add("lockMinutes", Messages.t("groups.rules.lock"));
        } else if (f.durationMinutes() != null && f.lockMinutes() >= f.durationMinutes()) {
            e.add("lockMinutes", Messages.t("groups.rules.lock-before-end"));
        }
        e.require("language", f.language(), Messages.t("groups.rules.label.language"), 60);
        if (f.cost() == null) {
            e.add("cost", Messages.t("groups.rules.cost"));
        }
        e.maxLength("costNote", f.costNote(), Messages.t("groups.rules.label.cost-note"), 200);
        e.maxLength("accessibilityNotes", f.accessibilityNotes(), Messages.t("groups.rules.label.accessibility"), 1000);
        e.require("understandings", f.understandings(), Messages.t("groups.rules.label.understandings"), 10000);
        if (f.status() == null) {
            e.add("status", Messages.t("groups.rules.status"));
        }
        return e;
    }
}
