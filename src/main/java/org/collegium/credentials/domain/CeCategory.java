package org.collegium.credentials.domain;

import java.util.Locale;
import java.util.Set;

/**
 * What a requirement rule counts: a formality, a delivery or a topic. Each ledger row is in exactly one formality,
 * exactly one delivery and any number of topics.
 */
public enum CeCategory {
    FORMAL, INFORMAL, IN_PERSON, ONLINE,
    GROUP_PSYCHOTHERAPY, ETHICS, DEI, SUPERVISION, CLINICAL, OTHER;

    public boolean matches(CeFormality formality, CeDelivery delivery, Set<CeTopic> topics) {
        return switch (this) {
            case FORMAL -> formality == CeFormality.FORMAL;
            case INFORMAL -> formality == CeFormality.INFORMAL;
            case IN_PERSON -> delivery == CeDelivery.IN_PERSON;
            case ONLINE -> delivery == CeDelivery.ONLINE;
            default -> topics.contains(topic());
        };
    }

    /** The topic this category is, or null for a formality or delivery. */
    public CeTopic topic() {
        return ordinal() >= GROUP_PSYCHOTHERAPY.ordinal() ? CeTopic.valueOf(name()) : null;
    }

    /** The category's other side (formal and informal, in person and online), or null for a topic. */
    public CeCategory complement() {
        return switch (this) {
            case FORMAL -> INFORMAL;
            case INFORMAL -> FORMAL;
            case IN_PERSON -> ONLINE;
            case ONLINE -> IN_PERSON;
            default -> null;
        };
    }

    public String label() {
        return label(null);
    }

    /** The word the ledger's own enums use for it, in the given language (null: the current person's). */
    public String label(Locale locale) {
        return switch (this) {
            case FORMAL, INFORMAL -> locale == null ? CeFormality.valueOf(name()).label()
                    : CeFormality.valueOf(name()).label(locale);
            case IN_PERSON, ONLINE -> locale == null ? CeDelivery.valueOf(name()).label()
                    : CeDelivery.valueOf(name()).label(locale);
            default -> locale == null ? topic().label() : topic().label(locale);
        };
    }
}
