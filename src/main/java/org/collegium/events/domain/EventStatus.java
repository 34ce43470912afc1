package org.collegium.events.domain;

/** Only published events are listed and take registrations; a cancelled one stays for the record. */
public enum EventStatus {
    DRAFT("Draft"), PUBLISHED("Published"), CANCELLED("Cancelled");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    /** The English label (exports, logs); people read {@link #key()} translated: {@code Messages.t(x.key())}. */
    public String label() {
        return label;
    }

    /** The bundle key of the label people read, in the events bundle. */
    public String key() {
        return "events.status." + name();
    }
}
