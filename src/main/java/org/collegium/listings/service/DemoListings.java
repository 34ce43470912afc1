package org.collegium.listings.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.collegium.base.service.OpenAccess;
import org.collegium.listings.domain.GroupListing;
import org.collegium.listings.domain.GroupListingRepository;
import org.collegium.listings.domain.Intake;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.domain.ListingStatus;
import org.collegium.members.domain.Member;
import org.collegium.members.service.MemberLookup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside production, on a database without listings: two published listings and one waiting for review, so that
 * the public Find a group page shows something. member@example.org runs a hybrid group for new clinicians (in
 * English); facilitator@example.org a Spanish-language, sliding-scale online group (its texts in Spanish);
 * affiliate@example.org's in-person group waits for the board.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "collegium.demo.enabled", matchIfMissing = true)
@Order(40)
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
public class DemoListings implements ApplicationRunner {

    public static final String ENGLISH_LISTING = "Grief and loss group for adults";
    public static final String SPANISH_LISTING = "Grupo de apoyo para familias inmigrantes";
    public static final String PENDING_LISTING = "Men's anger management group";

    private final GroupListingRepository listings;
    private final MemberLookup members;
    private final Clock clock;

    DemoListings(GroupListingRepository listings, MemberLookup members, Clock clock) {
        this.listings = listings;
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (listings.count() > 0) {
            return;
        }
        Member member = members.findByEmail("member@example.org").orElse(null);
        Member facilitator = members.findByEmail("facilitator@example.org").orElse(null);
        Member affiliate = members.findByEmail("affiliate@example.org").orElse(null);
        if (member != null) {
            GroupListing l = new GroupListing(member.getId());
            l.describe(ENGLISH_LISTING, "Adults grieving the death of a partner, parent, child or friend.",
                    "Adults 18 and over, six months or more after their loss", "Psychodynamic group therapy with "
                            + "an emphasis on shared experience", ListingFormat.HYBRID, "Brooklyn", "NY",
                    List.of("NY", "NJ"), List.of("en"), new BigDecimal("60.00"), false, false,
                    "Aetna, Cigna, out-of-network receipts", true, true, false,
                    "Two blocks from the Atlantic Avenue subway station; street parking", "Wednesdays 6-7:30 PM",
                    Intake.OPEN, true);
            l.review(ListingStatus.PUBLISHED, null, "board@example.org", clock.instant());
            listings.save(l);
        }
        if (facilitator != null) {
            GroupListing l = new GroupListing(facilitator.getId());
            l.describe(SPANISH_LISTING, "Apoyo para el estrés de la migración, la separación familiar y la "
                    + "adaptación a un nuevo país.", "Adultos de familias inmigrantes", "Grupo de apoyo con "
                            + "enfoque sistémico", ListingFormat.ONLINE, null, null,
                    List.of("NY", "NJ", "CT", "FL"), List.of("es"), new BigDecimal("40.00"), true, false, null,
                    false, true, false, null, "Jueves de 7 a 8:30 PM", Intake.OPEN, true);
            l.review(ListingStatus.PUBLISHED, null, "board@example.org", clock.instant());
            listings.save(l);
        }
        if (affiliate != null) {
            GroupListing l = new GroupListing(affiliate.getId());
            l.describe(PENDING_LISTING, "Men learning to notice and manage anger.", "Men 21 and over", null,
                    ListingFormat.IN_PERSON, "Charlotte", "NC", List.of(), List.of("en"), new BigDecimal("75.00"),
                    false, false, "Blue Cross NC", true, false, false, null, "Mondays 7-8:30 PM", Intake.WAITLIST,
                    true);
            listings.save(l);
        }
    }
}
