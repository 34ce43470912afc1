package org.collegium.members.domain;

public enum Discipline {
    PSYCHOLOGY("Psychology"),
    SOCIAL_WORK("Social work"),
    COUNSELING("Counseling"),
    MARRIAGE_AND_FAMILY_THERAPY("Marriage and family therapy"),
    PSYCHIATRY("Psychiatry"),
    NURSING("Nursing"),
    OTHER("Other");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
