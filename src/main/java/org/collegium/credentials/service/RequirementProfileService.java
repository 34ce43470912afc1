package org.collegium.credentials.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.domain.RequirementProfile;
import org.collegium.credentials.domain.RequirementProfileRepository;
import org.collegium.credentials.domain.RequirementRule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requirement profiles: administrators define them; members read them to choose the credentials they hold.
 */
@Service
@Transactional
@PreAuthorize(Access.IS_ADMIN)
public class RequirementProfileService {

    public record RuleForm(CeCategory category, Bound bound, BigDecimal hours) {
    }

    public record ProfileForm(String name, Integer cycleMonths, CycleStart cycleStart, LocalDate fixedStart,
            BigDecimal totalHours, CeTopic onlyTopic, List<RuleForm> rules, long version) {

        static ProfileForm of(RequirementProfile p) {
            return new ProfileForm(p.getName(), p.getCycleMonths(), p.getCycleStart(), p.getFixedStart(),
                    p.getTotalHours(), p.getOnlyTopic(), p.getRules().stream()
                            .map(r -> new RuleForm(r.getCategory(), r.getBound(), r.getHours())).toList(),
                    p.getVersion());
        }
    }

    /** A profile as a list shows it. */
    public record ProfileSummary(long id, String name, int cycleMonths, CycleStart cycleStart, BigDecimal totalHours,
            CeTopic onlyTopic, List<RuleForm> rules) {
    }

    private final RequirementProfileRepository profiles;
    private final CredentialProgress progress;
    private final AuditLog audit;

    RequirementProfileService(RequirementProfileRepository profiles, CredentialProgress progress, AuditLog audit) {
        this.profiles = profiles;
        this.progress = progress;
        this.audit = audit;
    }

    /**
     * Every profile, by name: administrators to edit them, members to choose theirs, those who read member records
     * to write to the members short of one (communications).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.IS_ADMIN + " or " + Access.IS_MEMBER + " or " + Access.RECORD_READERS)
    public List<ProfileSummary> list() {
        return profiles.findAllByOrderByName().stream().map(p -> new ProfileSummary(p.getId(), p.getName(),
                p.getCycleMonths(), p.getCycleStart(), p.getTotalHours(), p.getOnlyTopic(),
                ProfileForm.of(p).rules())).toList();
    }

    @Transactional(readOnly = true)
    public ProfileForm form(long id) {
        return ProfileForm.of(load(id));
    }

    /** Creates (id null) or changes a profile; credentials on it are recounted. Returns its id. */
    public long save(Long id, ProfileForm form) {
        ProfileRules.check(form);
        String name = form.name().strip();
        profiles.findByNameIgnoreCase(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new InvalidInputException(Map.of("name", Messages.t("credentials.profile.error.name-taken", name)));
        });
        RequirementProfile profile;
        ProfileForm before = null;
        if (id == null) {
            profile = new RequirementProfile(name);
        } else {
            profile = load(id);
            ConcurrentEditException.check(profile.getVersion(), form.version(), Messages.t("credentials.the-profile"));
            before = ProfileForm.of(profile);
        }
        profile.define(name, form.cycleMonths(), form.cycleStart(), form.fixedStart(), form.totalHours(),
                form.onlyTopic(), form.rules().stream()
                        .map(r -> new RequirementRule(r.category(), r.bound(), r.hours())).toList());
        profile = profiles.saveAndFlush(profile);
        ProfileForm after = ProfileForm.of(profile);
        audit.record(id == null ? "REQUIREMENT_PROFILE_CREATED" : "REQUIREMENT_PROFILE_CHANGED",
                "RequirementProfile", profile.getId(), name, changes(before, after));
        long saved = profile.getId();
        if (id != null) {
            progress.refreshProfile(saved);
        }
        return saved;
    }

    private static Changes changes(ProfileForm before, ProfileForm after) {
        Changes changes = new Changes();
        changes.track("name", before == null ? null : before.name(), after.name());
        changes.track("cycleMonths", before == null ? null : before.cycleMonths(), after.cycleMonths());
        changes.track("cycleStart", before == null ? null : before.cycleStart(), after.cycleStart());
        changes.track("fixedStart", before == null ? null : before.fixedStart(), after.fixedStart());
        changes.track("totalHours", before == null ? null : plain(before.totalHours()), plain(after.totalHours()));
        changes.track("onlyTopic", before == null ? null : before.onlyTopic(), after.onlyTopic());
        changes.track("rules", before == null ? null : describe(before.rules()), describe(after.rules()));
        return changes;
    }

    private static String plain(BigDecimal hours) {
        return hours == null ? null : hours.stripTrailingZeros().toPlainString();
    }

    private static String describe(List<RuleForm> rules) {
        return String.join(", ", rules.stream().map(r -> r.category() + (r.bound() == Bound.MIN ? ">=" : "<=")
                + plain(r.hours())).toList());
    }

    private RequirementProfile load(long id) {
        return profiles.findById(id).orElseThrow(() -> new NotFoundException(Messages.t("credentials.the-profile")));
    }
}
