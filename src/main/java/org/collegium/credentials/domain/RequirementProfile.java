package org.collegium.credentials.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.collegium.base.domain.AuditedEntity;

/**
 * What a credential (a state licence, AGPA's CGP) requires in each cycle: how long a cycle is and how it starts,
 * the total hours, and minimums or maximums per category. Defined by administrators.
 */
@Entity
@Table(name = "requirement_profile")
public class RequirementProfile extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int cycleMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "cycle_start", nullable = false)
    private CycleStart cycleStart;

    private LocalDate fixedStart;

    @Column(nullable = false)
    private BigDecimal totalHours;

    @Enumerated(EnumType.STRING)
    private CeTopic onlyTopic;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "requirement_rule", joinColumns = @JoinColumn(name = "profile_id"))
    private List<RequirementRule> rules = new ArrayList<>();

    protected RequirementProfile() {
    }

    public RequirementProfile(String name) {
        this.name = name;
    }

    public void define(String name, int cycleMonths, CycleStart cycleStart, LocalDate fixedStart,
            BigDecimal totalHours, CeTopic onlyTopic, Collection<RequirementRule> rules) {
        this.name = name;
        this.cycleMonths = cycleMonths;
        this.cycleStart = cycleStart;
        this.fixedStart = cycleStart == CycleStart.FIXED_DATE ? fixedStart : null;
        this.totalHours = totalHours;
        this.onlyTopic = onlyTopic;
        this.rules.clear();
        this.rules.addAll(rules);
    }

    public String getName() {
        return name;
    }

    public int getCycleMonths() {
        return cycleMonths;
    }

    public CycleStart getCycleStart() {
        return cycleStart;
    }

    public LocalDate getFixedStart() {
        return fixedStart;
    }

    public BigDecimal getTotalHours() {
        return totalHours;
    }

    public CeTopic getOnlyTopic() {
        return onlyTopic;
    }

    /** The rules, by category then bound. */
    public List<RequirementRule> getRules() {
        return rules.stream().sorted(Comparator.comparing(RequirementRule::getCategory)
                .thenComparing(RequirementRule::getBound)).toList();
    }

    public Optional<RequirementRule> rule(CeCategory category, Bound bound) {
        return rules.stream().filter(r -> r.getCategory() == category && r.getBound() == bound).findFirst();
    }
}
