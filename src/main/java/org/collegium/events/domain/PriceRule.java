package org.collegium.events.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The one rule for what a registration costs. A member in good standing (active, or in their grace period)
 * pays the member price, or the early-bird price when the event has one and they register before its deadline
 * (the early-bird price is a members' discount, and never raises the price). Everyone else, including lapsed
 * and resigned members, pays the non-member price. A session of a conference is included in the conference's
 * price.
 */
public final class PriceRule {

    public record Price(BigDecimal amount, PriceKind kind) {
    }

    private PriceRule() {
    }

    public static Price priceFor(BigDecimal memberPrice, BigDecimal nonMemberPrice, BigDecimal earlyBirdPrice,
            Instant earlyBirdUntil, boolean memberInGoodStanding, Instant registeredAt) {
        if (!memberInGoodStanding) {
            return new Price(nonMemberPrice, PriceKind.NON_MEMBER);
        }
        boolean early = earlyBirdPrice != null && earlyBirdUntil != null && registeredAt.isBefore(earlyBirdUntil)
                && earlyBirdPrice.compareTo(memberPrice) < 0;
        return early ? new Price(earlyBirdPrice, PriceKind.EARLY_BIRD) : new Price(memberPrice, PriceKind.MEMBER);
    }

    public static Price priceFor(Event event, boolean memberInGoodStanding, Instant registeredAt) {
        return priceFor(event.getMemberPrice(), event.getNonMemberPrice(), event.getEarlyBirdPrice(),
                event.getEarlyBirdUntil(), memberInGoodStanding, registeredAt);
    }

    public static Price includedInConference() {
        return new Price(BigDecimal.ZERO, PriceKind.INCLUDED);
    }
}
