package org.collegium.credentials.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a member is with a profile in one cycle, from the hours earned in it. The one place the rules are applied:
 * <ul>
 * <li>when the profile counts only one topic, only hours with that topic count, for the total and every category;</li>
 * <li>a category's maximum caps it: hours above it count neither for the category nor for the total (the 9th
 * informal hour under "at most 8 informal" does not count); when two capped categories overlap, each one's excess is
 * taken off, so what counts is never overstated;</li>
 * <li>a minimum is met by the category's hours that count (up to the category's own maximum);</li>
 * <li>hours missing: the most of the total still missing and each minimum still missing.</li>
 * </ul>
 */
public record RequirementProgress(BigDecimal required, BigDecimal earned, BigDecimal counted, BigDecimal missing,
        List<Line> lines) {

    /** One rule's figures: the category's hours in the cycle, what counts of them, and what is missing. */
    public record Line(CeCategory category, Bound bound, BigDecimal limit, BigDecimal hours, BigDecimal counted,
            BigDecimal missing) {

        public boolean met() {
            return missing.signum() == 0;
        }
    }

    /** Hours as the rules see them. */
    public record Hours(BigDecimal hours, CeFormality formality, CeDelivery delivery, Set<CeTopic> topics) {
    }

    public boolean isShort() {
        return missing.signum() > 0;
    }

    public static RequirementProgress of(RequirementProfile profile, List<Hours> earnedInCycle) {
        Map<CeCategory, BigDecimal> sums = new EnumMap<>(CeCategory.class);
        BigDecimal earned = BigDecimal.ZERO;
        for (Hours h : earnedInCycle) {
            if (profile.getOnlyTopic() != null && !h.topics().contains(profile.getOnlyTopic())) {
                continue;
            }
            earned = earned.add(h.hours());
            for (CeCategory c : CeCategory.values()) {
                if (c.matches(h.formality(), h.delivery(), h.topics())) {
                    sums.merge(c, h.hours(), BigDecimal::add);
                }
            }
        }
        BigDecimal counted = earned;
        for (RequirementRule rule : profile.getRules()) {
            if (rule.getBound() == Bound.MAX) {
                counted = counted.subtract(sums.getOrDefault(rule.getCategory(), BigDecimal.ZERO)
                        .subtract(rule.getHours()).max(BigDecimal.ZERO));
            }
        }
        counted = counted.max(BigDecimal.ZERO);
        BigDecimal missing = profile.getTotalHours().subtract(counted).max(BigDecimal.ZERO);
        List<Line> lines = new ArrayList<>();
        for (RequirementRule rule : profile.getRules()) {
            BigDecimal hours = sums.getOrDefault(rule.getCategory(), BigDecimal.ZERO);
            BigDecimal cap = profile.rule(rule.getCategory(), Bound.MAX).map(RequirementRule::getHours).orElse(null);
            BigDecimal countedHere = cap == null ? hours : hours.min(cap);
            BigDecimal missingHere = rule.getBound() == Bound.MIN
                    ? rule.getHours().subtract(countedHere).max(BigDecimal.ZERO) : BigDecimal.ZERO;
            missing = missing.max(missingHere);
            lines.add(new Line(rule.getCategory(), rule.getBound(), rule.getHours(), hours, countedHere,
                    missingHere));
        }
        return new RequirementProgress(profile.getTotalHours(), earned, counted, missing, lines);
    }
}
