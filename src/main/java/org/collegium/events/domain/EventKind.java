package org.collegium.events.domain;

/** What sort of event this is. */
public enum EventKind {
    CONFERENCE("Conference"), INSTITUTE("Institute"), TRAINING("Training"), WORKSHOP("Workshop"),
    WEBINAR("Webinar"), SOCIAL("Social");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** The English label (exports, logs); people read {@link #key()} translated: {@code Messages.t(x.key())}. */
    public String label() {
        return label;
    }

    /** The bundle key of the label people read, in the events bundle. */
    public String key() {
        return "events.kind." + name();
    }
}
