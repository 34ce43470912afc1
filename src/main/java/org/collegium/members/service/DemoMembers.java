package org.collegium.members.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.collegium.base.service.OpenAccess;
import org.collegium.affiliates.service.AffiliateLookup;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.affiliates.domain.AffiliateStatus;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipType;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.members.domain.TermPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside production, on an empty database: two affiliates (Carolinas and Atlanta), the usual membership
 * types and about 200 members in every status, so every members screen has something to show. Seeded
 * randomness: the same people every time.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "collegium.demo.enabled", matchIfMissing = true)
@Order(20)
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
public class DemoMembers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);
    static final int COUNT = 200;

    private static final String[] FIRST = {"Peter", "Maria", "James", "Aisha", "Daniel", "Priya", "Robert", "Lena",
        "Samuel", "Grace", "Omar", "Hannah", "Carlos", "Mei", "David", "Fatima", "Michael", "Rosa", "Kevin", "Naomi",
        "Thomas", "Leah", "Andre", "Sofia", "Jonah", "Ruth", "Marcus", "Ingrid", "Elijah", "Yuki"};
    private static final String[] LAST = {"Millis", "Alvarez", "Okafor", "Chen", "Goldberg", "Patel", "Johnson",
        "Kowalski", "Nguyen", "Brooks", "Haddad", "Fischer", "Reyes", "Tanaka", "Washington", "Rahman", "O'Neill",
        "Moreau", "Dubois", "Silva", "Bianchi", "Larsen", "Mensah", "Novak", "Quinn", "Rossi", "Schmidt", "Turner",
        "Vargas", "Yamamoto"};
    private static final String[] CREDENTIALS = {"LCSW", "PhD", "PsyD", "LPC", "LMFT", "MD", "PMHNP", "LCSW, CGP",
        "PhD, CGP", "MSW"};
    private static final String[][] PLACES = {{"Raleigh", "NC", "27601"}, {"Charlotte", "NC", "28202"},
        {"Durham", "NC", "27701"}, {"Columbia", "SC", "29201"}, {"Atlanta", "GA", "30303"},
        {"Decatur", "GA", "30030"}, {"Savannah", "GA", "31401"}, {"New York", "NY", "10001"},
        {"Chicago", "IL", "60601"}, {"Washington", "DC", "20001"}};

    private final MemberRepository members;
    private final MembershipTypeRepository types;
    private final AffiliateLookup affiliates;
    private final AccountBootstrap accounts;
    private final SocietyClock clock;
    private final MemberStatusTimeline timeline;

    public DemoMembers(MemberRepository members, MembershipTypeRepository types, AffiliateLookup affiliates,
            AccountBootstrap accounts, SocietyClock clock, MemberStatusTimeline timeline) {
        this.members = members;
        this.types = types;
        this.affiliates = affiliates;
        this.accounts = accounts;
        this.clock = clock;
        this.timeline = timeline;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (members.count() > 0) {
            return;
        }
        timeline.inBulk(() -> {
            seed();
            return null;
        });
    }

    private void seed() {
        Affiliate carolinas = affiliate("Carolinas Group Psychotherapy Society", "CGPS", "North and South Carolina",
                "https://carolinasgps.example.org", LocalDate.of(1979, 5, 1));
        Affiliate atlanta = affiliate("Atlanta Group Psychotherapy Society", "AGPS", "Georgia",
                "https://agps.example.org", LocalDate.of(1985, 9, 1));
        List<MembershipType> offered = List.of(
                types.save(new MembershipType("Clinical", "Licensed clinicians", new BigDecimal("195.00"), 12, 30,
                        true, true)),
                types.save(new MembershipType("Associate", "Allied professionals", new BigDecimal("120.00"), 12, 30,
                        true, true)),
                types.save(new MembershipType("Early-career", "Within five years of licensure",
                        new BigDecimal("95.00"), 12, 30, true, true)),
                types.save(new MembershipType("Student", "Full-time students", new BigDecimal("0.00"), 12, 14,
                        false, true)),
                types.save(new MembershipType("Retired", "Retired from practice", new BigDecimal("60.00"), 24, 30,
                        false, true)));

        LocalDate today = clock.today();
        Random random = new Random(42);
        for (int i = 0; i < COUNT; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length + i * 7) % LAST.length];
            String email = i == 0 ? "member@example.org" : i == 1 ? "facilitator@example.org"
                    : i == 2 ? "affiliate@example.org"
                    : (first + "." + last + "." + i + "@example.org").toLowerCase().replace("'", "");
            String[] place = PLACES[random.nextInt(PLACES.length)];
            Member m = new Member(first, last, email);
            m.updateProfile(first, last, email, "919-555-" + String.format("%04d", i),
                    CREDENTIALS[random.nextInt(CREDENTIALS.length)],
                    Discipline.values()[random.nextInt(Discipline.values().length)], place[1],
                    place[1] + "-" + (10000 + random.nextInt(89999)), random.nextInt(3) == 0 ? null
                            : last + " Counseling", place[0], place[1], place[2], "US", random.nextInt(3) > 0,
                    random.nextBoolean());
            m.setAffiliate(switch (place[1]) {
                case "NC", "SC" -> carolinas;
                case "GA" -> atlanta;
                default -> null;
            });
            MembershipType type = offered.get(random.nextInt(offered.size()));
            giveHistory(m, type, i < 3 ? 0 : random.nextInt(10), today, random);
            members.save(m);
            if (i < 3) {
                accounts.tie(email, i == 2 ? carolinas.getId() : null, m.getId());
            }
        }
        accounts.tie(DemoAccounts.AFFILIATE_ONLY, carolinas.getId(), null);
        facilitatorWithoutMembership(today);
        duplicateForTheDemo(carolinas, offered.getFirst(), today);
        log.info("Demo data: {} members in {} and {}, {} membership types", COUNT, carolinas.getShortName(),
                atlanta.getShortName(), offered.size());
    }

    /**
     * The facilitator who is not a member: a person record (facilitators are people the society keeps records of)
     * with no membership term, so its status stays Applicant and it carries no member's rights; the login holds
     * only the FACILITATOR role (DemoAccounts), and DemoGroups makes them a facilitator of the supervision circle.
     */
    private void facilitatorWithoutMembership(LocalDate today) {
        Member m = new Member("Fran", "Facilitator-only", DemoAccounts.FACILITATOR_ONLY);
        m.updateProfile("Fran", "Facilitator-only", DemoAccounts.FACILITATOR_ONLY, null, "PhD, CGP",
                Discipline.PSYCHOLOGY, "NC", "P-7788", null, "Raleigh", "NC", "27601", "US", false, false);
        m.recomputeStatus(today);
        members.save(m);
        accounts.tie(DemoAccounts.FACILITATOR_ONLY, null, m.getId());
    }

    /** One person entered twice (a work address with a +tag), so the duplicates view has a pair to show. */
    private void duplicateForTheDemo(Affiliate affiliate, MembershipType type, LocalDate today) {
        for (String email : new String[] {"grace.whitaker@example.org", "grace.whitaker+cgps@example.org"}) {
            Member m = new Member("Grace", "Whitaker", email);
            m.updateProfile("Grace", "Whitaker", email, null, "LCSW", Discipline.SOCIAL_WORK, "NC", "C-4242",
                    null, "Asheville", "NC", "28801", "US", true, false);
            m.setAffiliate(affiliate);
            m.addTerm(type, TermPeriod.starting(today.minusMonths(email.contains("+") ? 20 : 3), type.getTermMonths(),
                    type.getGraceDays()), type.getDues(), today);
            members.save(m);
        }
    }

    /** 0-4 active (4: due to renew within the coming month, so Renewals due has rows), 5 in grace, 6-7 lapsed,
     * 8 applicant, 9 resigned. */
    private static void giveHistory(Member m, MembershipType type, int kind, LocalDate today, Random random) {
        if (kind == 8) {
            m.recomputeStatus(today);
            return;
        }
        LocalDate lastStart = switch (kind) {
            case 5 -> today.minusMonths(type.getTermMonths()).minusDays(1 + random.nextInt(10));
            case 4 -> today.minusMonths(type.getTermMonths()).plusDays(1 + random.nextInt(30));
            case 6, 7 -> today.minusMonths(type.getTermMonths()).minusDays(60 + random.nextInt(400));
            default -> today.minusDays(random.nextInt(300));
        };
        int earlier = random.nextInt(4);
        for (int t = earlier; t >= 1; t--) {
            LocalDate start = lastStart.minusMonths((long) type.getTermMonths() * t);
            m.addTerm(type, TermPeriod.starting(start, type.getTermMonths(), type.getGraceDays()), type.getDues(),
                    today);
        }
        m.addTerm(type, TermPeriod.starting(lastStart, type.getTermMonths(), type.getGraceDays()), type.getDues(),
                today);
        if (kind == 9) {
            m.close(MembershipStatus.RESIGNED, today.minusDays(random.nextInt(60)), today);
        }
    }

    private Affiliate affiliate(String name, String shortName, String region, String website, LocalDate since) {
        Affiliate a = new Affiliate(name, shortName);
        a.update(name, shortName, region, website, "office@" + shortName.toLowerCase() + ".example.org", since,
                AffiliateStatus.ACTIVE);
        return affiliates.save(a);
    }
}
