package org.collegium.events.domain;

/** Where people attend: in a room, online, or either. */
public enum EventFormat {
    IN_PERSON("In person"), ONLINE("Online"), HYBRID("Hybrid");

    private final String label;

    EventFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
