package org.collegium.events.domain;

/** What sort of event this is. */
public enum EventKind {
    CONFERENCE("Conference"), INSTITUTE("Institute"), TRAINING("Training"), WORKSHOP("Workshop"),
    WEBINAR("Webinar"), SOCIAL("Social");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
