package org.collegium.events.domain;

/** Only published events are listed and take registrations; a cancelled one stays for the record. */
public enum EventStatus {
    DRAFT("Draft"), PUBLISHED("Published"), CANCELLED("Cancelled");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
