package org.collegium.events.domain;

/** A part of a conference. */
public enum SessionKind {
    INSTITUTE("Institute"), OPEN_SESSION("Open session");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    /** The English label (exports, logs); people read {@link #key()} translated: {@code Messages.t(x.key())}. */
    public String label() {
        return label;
    }

    /** The bundle key of the label people read, in the events bundle. */
    public String key() {
        return "events.session-kind." + name();
    }
}
