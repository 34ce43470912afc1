package org.collegium.credentials.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeHours;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.domain.CeTopic;

/**
 * CE hours as a source hands them to the ledger, and as the ledger gives them back.
 *
 * @param sourceRef the row's id in its source, so that the source can correct or withdraw it later
 */
public record CeEntry(long memberId, CeSource source, long sourceRef, LocalDate earnedOn, BigDecimal hours,
        CeFormality formality, CeDelivery delivery, Set<CeTopic> topics, String title, String provider) {

    public CeEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(earnedOn, "earnedOn");
        Objects.requireNonNull(formality, "formality");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(title, "title");
        if (hours == null || hours.signum() <= 0) {
            throw new IllegalArgumentException("CE hours must be positive: " + hours);
        }
        topics = topics == null || topics.isEmpty() ? EnumSet.noneOf(CeTopic.class) : EnumSet.copyOf(topics);
    }

    static CeEntry of(CeHours h) {
        return new CeEntry(h.getMemberId(), h.getSource(), h.getSourceRef(), h.getEarnedOn(), h.getHours(),
                h.getFormality(), h.getDelivery(), h.getTopics(), h.getTitle(), h.getProvider());
    }
}
