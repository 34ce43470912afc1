package org.collegium.events.domain;

/** The body whose continuing-education hours an event or session awards. */
public enum CeType {
    APA("APA"), ASWB("ASWB"), NBCC("NBCC"), OTHER("Other");

    private final String label;

    CeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
