package org.collegium.events.domain;

/** The body whose continuing-education hours an event or session awards. */
public enum CeType {
    APA("APA"), ASWB("ASWB"), NBCC("NBCC"), OTHER("Other");

    private final String label;

    CeType(String label) {
        this.label = label;
    }

    /** The English label (exports, logs); people read {@link #key()} translated: {@code Messages.t(x.key())}. */
    public String label() {
        return label;
    }

    /** The bundle key of the label people read, in the events bundle. */
    public String key() {
        return "events.ce-type." + name();
    }
}
