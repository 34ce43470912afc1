package org.collegium.groups.domain;

/** Where a group meets. */
public enum GroupFormat {
    ONLINE("Online"),
    IN_PERSON("In person");

    private final String label;

    GroupFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
