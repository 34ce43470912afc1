package org.collegium.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.domain.RequirementProfile;
import org.collegium.credentials.domain.RequirementProgress;
import org.collegium.credentials.domain.RequirementProgress.Hours;
import org.collegium.credentials.domain.RequirementRule;
import org.junit.jupiter.api.Test;

/** The rules: only one topic counting, maximums capping the total, minimums, what is missing. */
class RequirementProgressTest {

    private static final Set<CeTopic> GROUP = Set.of(CeTopic.GROUP_PSYCHOTHERAPY);

    static RequirementProfile cgp() {
        RequirementProfile p = new RequirementProfile("CGP");
        p.define("CGP", 24, CycleStart.ISSUE_DATE, null, new BigDecimal("20"), CeTopic.GROUP_PSYCHOTHERAPY,
                List.of(new RequirementRule(CeCategory.FORMAL, Bound.MIN, new BigDecimal("12")),
                        new RequirementRule(CeCategory.INFORMAL, Bound.MAX, new BigDecimal("8")),
                        new RequirementRule(CeCategory.DEI, Bound.MIN, new BigDecimal("3"))));
        return p;
    }

    private static Hours h(String hours, CeFormality f, CeDelivery d, Set<CeTopic> topics) {
        return new Hours(new BigDecimal(hours), f, d, topics);
    }

    private static RequirementProgress.Line line(RequirementProgress p, CeCategory c) {
        return p.lines().stream().filter(l -> l.category() == c).findFirst().orElseThrow();
    }

    @Test
    void theNinthInformalHourDoesNotCount() {
        List<Hours> hours = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            hours.add(h("1", CeFormality.INFORMAL, CeDelivery.ONLINE, GROUP));
        }
        RequirementProgress p = RequirementProgress.of(cgp(), hours);
        assertThat(p.earned()).isEqualByComparingTo("9");
        assertThat(p.counted()).isEqualByComparingTo("8");
        assertThat(line(p, CeCategory.INFORMAL).hours()).isEqualByComparingTo("9");
        assertThat(line(p, CeCategory.INFORMAL).counted()).isEqualByComparingTo("8");
        // 12 more are needed (20 - 8), and 12 formal, and 3 DEI: the most of them is missing
        assertThat(p.missing()).isEqualByComparingTo("12");
        assertThat(p.isShort()).isTrue();
    }

    @Test
    void onlyHoursOfTheCountedTopicCountAndMinimumsAreMeasuredAmongThem() {
        RequirementProgress p = RequirementProgress.of(cgp(), List.of(
                h("12", CeFormality.FORMAL, CeDelivery.IN_PERSON, GROUP),
                h("3", CeFormality.FORMAL, CeDelivery.ONLINE, Set.of(CeTopic.GROUP_PSYCHOTHERAPY, CeTopic.DEI)),
                h("10", CeFormality.FORMAL, CeDelivery.IN_PERSON, Set.of(CeTopic.ETHICS)),
                h("5", CeFormality.INFORMAL, CeDelivery.ONLINE, GROUP)));
        assertThat(p.earned()).isEqualByComparingTo("20");
        assertThat(p.counted()).isEqualByComparingTo("20");
        assertThat(line(p, CeCategory.FORMAL).counted()).isEqualByComparingTo("15");
        assertThat(line(p, CeCategory.DEI).met()).isTrue();
        assertThat(p.isShort()).isFalse();
        assertThat(p.missing()).isZero();
    }

    @Test
    void aMissingMinimumKeepsAMemberShortEvenWithTheTotalReached() {
        RequirementProgress p = RequirementProgress.of(cgp(), List.of(
                h("18", CeFormality.FORMAL, CeDelivery.IN_PERSON, GROUP),
                h("2", CeFormality.FORMAL, CeDelivery.IN_PERSON, Set.of(CeTopic.GROUP_PSYCHOTHERAPY, CeTopic.DEI))));
        assertThat(p.counted()).isEqualByComparingTo("20");
        assertThat(line(p, CeCategory.DEI).missing()).isEqualByComparingTo("1");
        assertThat(p.missing()).isEqualByComparingTo("1");
        assertThat(p.isShort()).isTrue();
    }

    @Test
    void overlappingCapsNeverOverstateWhatCounts() {
        RequirementProfile nc = new RequirementProfile("NC");
        nc.define("NC", 24, CycleStart.FIXED_DATE, java.time.LocalDate.of(2024, 1, 1), new BigDecimal("40"), null,
                List.of(new RequirementRule(CeCategory.ONLINE, Bound.MAX, new BigDecimal("20")),
                        new RequirementRule(CeCategory.INFORMAL, Bound.MAX, new BigDecimal("10")),
                        new RequirementRule(CeCategory.ETHICS, Bound.MIN, new BigDecimal("4"))));
        RequirementProgress p = RequirementProgress.of(nc, List.of(
                h("30", CeFormality.INFORMAL, CeDelivery.ONLINE, Set.of(CeTopic.ETHICS)),
                h("5", CeFormality.FORMAL, CeDelivery.IN_PERSON, Set.of())));
        // 35 earned; 10 online above 20, 20 informal above 10: at most 5 count
        assertThat(p.counted()).isEqualByComparingTo("5");
        assertThat(p.missing()).isEqualByComparingTo("35");
        assertThat(RequirementProgress.of(nc, List.of()).missing()).isEqualByComparingTo("40");
    }
}
