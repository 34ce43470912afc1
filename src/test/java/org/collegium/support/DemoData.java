package org.collegium.support;

import org.collegium.affiliates.domain.Affiliate;
import org.collegium.affiliates.domain.AffiliateRepository;
import org.collegium.members.domain.MembershipType;
import org.collegium.members.domain.MembershipTypeRepository;

/** Ids of the demo data the tests build on (affiliates CGPS and AGPS, the membership types), whoever acts. */
public class DemoData {

    private final AffiliateRepository affiliates;
    private final MembershipTypeRepository types;

    public DemoData(AffiliateRepository affiliates, MembershipTypeRepository types) {
        this.affiliates = affiliates;
        this.types = types;
    }

    public long affiliateId(String shortName) {
        return affiliates.findAllByOrderByName().stream().filter(a -> a.getShortName().equals(shortName))
                .map(Affiliate::getId).findFirst().orElseThrow();
    }

    public long typeId(String name) {
        return types.findAllByOrderByName().stream().filter(t -> t.getName().equals(name))
                .map(MembershipType::getId).findFirst().orElseThrow();
    }
}
