package org.collegium.credentials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** At least ({@link Bound#MIN}) or at most ({@link Bound#MAX}) so many hours of a category in a cycle. */
@Embeddable
public class RequirementRule {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bound bound;

    @Column(nullable = false)
    private BigDecimal hours;

    protected RequirementRule() {
    }

    public RequirementRule(CeCategory category, Bound bound, BigDecimal hours) {
        this.category = Objects.requireNonNull(category);
        this.bound = Objects.requireNonNull(bound);
        this.hours = Objects.requireNonNull(hours);
    }

    public CeCategory getCategory() {
        return category;
    }

    public Bound getBound() {
        return bound;
    }

    public BigDecimal getHours() {
        return hours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequirementRule r && r.category == category && r.bound == bound
                && r.hours.compareTo(hours) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, bound);
    }
}
