package org.collegium.members.domain;

/**
 * Why two members are likely the same person, strongest first. Each rule is a key the database keeps on the
 * member row with an index (V7__duplicate_keys.sql); two members sharing a key are a likely pair.
 */
public enum DuplicateRule {
    SAME_EMAIL("Same email", "dup_email_key"),
    SAME_NAME_AND_LICENCE("Same name and licence", "dup_licence_key"),
    SIMILAR_NAME_SAME_STATE("Similar name, same state", "dup_similar_key");

    private final String label;
    private final String keyColumn;

    DuplicateRule(String label, String keyColumn) {
        this.label = label;
        this.keyColumn = keyColumn;
    }

    public String label() {
        return label;
    }

    /** The generated, indexed column holding the rule's key (a constant, never input). */
    String keyColumn() {
        return keyColumn;
    }
}
