package org.collegium.events.domain;

/** A part of a conference. */
public enum SessionKind {
    INSTITUTE("Institute"), OPEN_SESSION("Open session");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
