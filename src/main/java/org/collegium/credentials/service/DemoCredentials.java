package org.collegium.credentials.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.Bound;
import org.collegium.credentials.domain.CeCategory;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.credentials.domain.CycleStart;
import org.collegium.credentials.domain.MemberCredential;
import org.collegium.credentials.domain.MemberCredentialRepository;
import org.collegium.credentials.domain.RequirementProfile;
import org.collegium.credentials.domain.RequirementProfileRepository;
import org.collegium.credentials.domain.RequirementRule;
import org.collegium.members.service.MemberLookup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside production, on a database without requirement profiles: AGPA's CGP and two state licences, and
 * member@example.org holding the CGP and the New York licence, so that My credentials shows something.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "collegium.demo.enabled", matchIfMissing = true)
@Order(45)
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
public class DemoCredentials implements ApplicationRunner {

    public static final String CGP = "AGPA Certified Group Psychotherapist (CGP)";
    public static final String NEW_YORK = "New York LCSW";
    public static final String NORTH_CAROLINA = "North Carolina LCSW";

    private final RequirementProfileRepository profiles;
    private final MemberCredentialRepository credentials;
    private final CredentialProgress progress;
    private final MemberLookup members;
    private final SocietyClock clock;

    DemoCredentials(RequirementProfileRepository profiles, MemberCredentialRepository credentials,
            CredentialProgress progress, MemberLookup members, SocietyClock clock) {
        this.profiles = profiles;
        this.credentials = credentials;
        this.progress = progress;
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (profiles.count() > 0) {
            return;
        }
        RequirementProfile cgp = profile(CGP, 24, CycleStart.ISSUE_DATE, null, "20", CeTopic.GROUP_PSYCHOTHERAPY,
                rule(CeCategory.FORMAL, Bound.MIN, "12"), rule(CeCategory.INFORMAL, Bound.MAX, "8"),
                rule(CeCategory.DEI, Bound.MIN, "3"));
        RequirementProfile ny = profile(NEW_YORK, 36, CycleStart.BIRTH_MONTH, null, "36", null,
                rule(CeCategory.ETHICS, Bound.MIN, "3"), rule(CeCategory.ONLINE, Bound.MAX, "12"));
        profile(NORTH_CAROLINA, 24, CycleStart.FIXED_DATE, LocalDate.of(2024, 1, 1), "40", null,
                rule(CeCategory.ETHICS, Bound.MIN, "4"), rule(CeCategory.ONLINE, Bound.MAX, "20"));
        members.findByEmail("member@example.org").ifPresent(m -> {
            LocalDate today = clock.today();
            MemberCredential c = new MemberCredential(m.getId(), cgp);
            c.describe("CGP-40213", today.minusMonths(14), null);
            c.moveTo(c.cycleOn(today));
            credentials.save(c);
            MemberCredential l = new MemberCredential(m.getId(), ny);
            l.describe("R-087321", today.minusYears(5), Month.APRIL);
            l.moveTo(l.cycleOn(today));
            credentials.save(l);
            credentials.flush();
            progress.refreshMember(m.getId());
        });
    }

    private RequirementProfile profile(String name, int months, CycleStart start, LocalDate fixed, String total,
            CeTopic only, RequirementRule... rules) {
        RequirementProfile p = new RequirementProfile(name);
        p.define(name, months, start, fixed, new BigDecimal(total), only, List.of(rules));
        return profiles.save(p);
    }

    private static RequirementRule rule(CeCategory category, Bound bound, String hours) {
        return new RequirementRule(category, bound, new BigDecimal(hours));
    }
}
