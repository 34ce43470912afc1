package org.collegium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.collegium.events.domain.PriceKind;
import org.collegium.events.domain.PriceRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one price rule, case by case: standing, early-bird price and deadline, and the moment of registering. */
class PriceRuleTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-01T05:00:00Z");

    @ParameterizedTest(name = "member={0}, early-bird={1}, registered {2} -> {3} {4}")
    @CsvSource(nullValues = "none", textBlock = """
            # member, early-bird price, registered at,            price, kind
            true,     90.00,            2027-02-28T12:00:00Z,     90.00, EARLY_BIRD
            true,     90.00,            2027-03-01T04:59:59Z,     90.00, EARLY_BIRD
            true,     90.00,            2027-03-01T05:00:00Z,    120.00, MEMBER
            true,     90.00,            2027-04-01T00:00:00Z,    120.00, MEMBER
            true,     none,             2027-02-01T00:00:00Z,    120.00, MEMBER
            true,     150.00,           2027-02-01T00:00:00Z,    120.00, MEMBER
            false,    90.00,            2027-02-01T00:00:00Z,    180.00, NON_MEMBER
            false,    none,             2027-04-01T00:00:00Z,    180.00, NON_MEMBER
            """)
    void priceFollowsFromStandingAndDate(boolean member, BigDecimal earlyBird, Instant at, BigDecimal amount,
            PriceKind kind) {
        PriceRule.Price price = PriceRule.priceFor(new BigDecimal("120.00"), new BigDecimal("180.00"), earlyBird,
                earlyBird == null ? null : DEADLINE, member, at);
        assertThat(price.amount()).isEqualByComparingTo(amount);
        assertThat(price.kind()).isEqualTo(kind);
    }
}
