package org.collegium.events.domain;

/** Which price a registration was charged, chosen by {@link PriceRule}. */
public enum PriceKind {
    MEMBER("Member"), EARLY_BIRD("Early bird"), NON_MEMBER("Non-member"), INCLUDED("Included");

    private final String label;

    PriceKind(String label) {
        this.label = label;
    }

    /** The English label (exports, logs); people read {@link #key()} translated: {@code Messages.t(x.key())}. */
    public String label() {
        return label;
    }

    /** The bundle key of the label people read, in the events bundle. */
    public String key() {
        return "events.price-kind." + name();
    }
}
