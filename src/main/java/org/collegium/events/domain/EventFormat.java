package org.collegium.events.domain;

/** Where people attend: in a room, online, or either. */
public enum EventFormat {
    IN_PERSON("In person"), ONLINE("Online"), HYBRID("Hybrid");

    private final String label;

    EventFormat(String label) {
        this.label = label;
    }

    /** The English label (exports, logs); people read {@link #key()} translated: {@code Messages.t(x.key())}. */
    public String label() {
        return label;
    }

    /** The bundle key of the label people read, in the events bundle. */
    public String key() {
        return "events.format." + name();
    }
}
