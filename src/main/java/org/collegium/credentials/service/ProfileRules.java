package org.collegium.credentials.service;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.Formats;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.service.RequirementProfileService.ProfileForm;
import org.collegium.credentials.service.RequirementProfileService.RuleForm;

/**
 * What a requirement profile must be to be saved: a name, a cycle, a total, and rules that do not overlap or
 * contradict each other. Each error is named after its field: {@code name}, {@code cycleMonths}, {@code cycleStart},
 * {@code fixedStart}, {@code totalHours}, {@code onlyTopic}, and a rule's field {@link #field(Bound, CeCategory)}.
 */
final class ProfileRules {

    static final int MAX_CYCLE_MONTHS = 120;
    static final BigDecimal MAX_HOURS = new BigDecimal("999");

    private ProfileRules() {
    }

    /** A rule's field name, e.g. {@code MIN.ETHICS}. */
    static String field(Bound bound, CeCategory category) {
        return bound.name() + "." + category.name();
    }

    static void check(ProfileForm form) {
        FieldErrors errors = new FieldErrors();
        errors.require("name", form.name(), Messages.t("credentials.profile.name"), 120);
        if (form.cycleMonths() == null || form.cycleMonths() < 1 || form.cycleMonths() > MAX_CYCLE_MONTHS) {
            errors.add("cycleMonths", Messages.t("credentials.profile.error.cycle-months", MAX_CYCLE_MONTHS));
        }
        if (form.cycleStart() == null) {
            errors.add("cycleStart", Messages.t("credentials.profile.error.cycle-start"));
        } else if (form.cycleStart() == CycleStart.FIXED_DATE) {
            if (form.fixedStart() == null) {
                errors.add("fixedStart", Messages.t("credentials.profile.error.fixed-start"));
            } else {
                errors.date("fixedStart", form.fixedStart(), Messages.t("credentials.profile.fixed-start"));
            }
        }
        BigDecimal total = form.totalHours();
        if (total == null || total.signum() <= 0 || total.compareTo(MAX_HOURS) > 0) {
            errors.add("totalHours", Messages.t("credentials.profile.error.total", Formats.decimal(MAX_HOURS, 0)));
            total = null;
        }
        List<RuleForm> rules = form.rules() == null ? List.of() : form.rules();
        Set<String> seen = new HashSet<>();
        Map<CeCategory, BigDecimal> mins = new EnumMap<>(CeCategory.class);
        Map<CeCategory, BigDecimal> maxes = new EnumMap<>(CeCategory.class);
        for (RuleForm rule : rules) {
            if (rule.category() == null || rule.bound() == null) {
                errors.add("rules", Messages.t("credentials.profile.error.rule-incomplete"));
                continue;
            }
            String field = field(rule.bound(), rule.category());
            if (!seen.add(field)) {
                errors.add(field, Messages.t("credentials.profile.error.duplicate", rule.category().label(),
                        rule.bound().label()));
                continue;
            }
            if (rule.hours() == null || rule.hours().signum() < 0 || rule.hours().compareTo(MAX_HOURS) > 0
                    || (rule.bound() == Bound.MIN && rule.hours().signum() == 0)) {
                errors.add(field, Messages.t("credentials.profile.error.rule-hours", Formats.decimal(MAX_HOURS, 0)));
                continue;
            }
            (rule.bound() == Bound.MIN ? mins : maxes).put(rule.category(), rule.hours());
        }
        for (Map.Entry<CeCategory, BigDecimal> min : mins.entrySet()) {
            CeCategory c = min.getKey();
            String field = field(Bound.MIN, c);
            if (total != null && min.getValue().compareTo(total) > 0) {
                errors.add(field, Messages.t("credentials.profile.error.min-above-total", c.label(),
                        Formats.decimal(total, 2)));
            }
            BigDecimal max = maxes.get(c);
            if (max != null && max.compareTo(min.getValue()) < 0) {
                errors.add(field(Bound.MAX, c), Messages.t("credentials.profile.error.max-below-min", c.label(),
                        Formats.decimal(min.getValue(), 2)));
            }
            CeCategory other = c.complement();
            if (other != null && c.ordinal() < other.ordinal() && mins.containsKey(other) && total != null
                    && min.getValue().add(mins.get(other)).compareTo(total) > 0) {
                errors.add(field, Messages.t("credentials.profile.error.mins-above-total", c.label(),
                        other.label(), Formats.decimal(total, 2)));
            }
        }
        for (Map.Entry<CeCategory, BigDecimal> max : maxes.entrySet()) {
            CeCategory c = max.getKey();
            CeCategory other = c.complement();
            if (other != null && c.ordinal() < other.ordinal() && maxes.containsKey(other) && total != null
                    && max.getValue().add(maxes.get(other)).compareTo(total) < 0) {
                errors.add(field(Bound.MAX, c), Messages.t("credentials.profile.error.maxes-below-total", c.label(),
                        other.label(), Formats.decimal(total, 2)));
            }
            if (form.onlyTopic() != null && c.topic() == form.onlyTopic() && total != null
                    && max.getValue().compareTo(total) < 0) {
                errors.add(field(Bound.MAX, c), Messages.t("credentials.profile.error.max-of-counted-topic",
                        c.label(), Formats.decimal(total, 2)));
            }
        }
        errors.throwIfAny();
    }
}
