package org.collegium.events.domain;

/** Which price a registration was charged, chosen by {@link PriceRule}. */
public enum PriceKind {
    MEMBER("Member"), EARLY_BIRD("Early bird"), NON_MEMBER("Non-member"), INCLUDED("Included");

    private final String label;

    PriceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
