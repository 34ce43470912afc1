package org.collegium.affiliates.service;

import java.util.List;
import java.util.Optional;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.affiliates.domain.AffiliateRepository;
import org.collegium.base.service.OpenAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features' services reach affiliates (a member's, an event's host, an administrator's scope),
 * instead of the affiliates' repository.
 */
@Service
@Transactional(readOnly = true)
@OpenAccess(reason = "called only by other features' services, inside their own method security")
public class AffiliateLookup {

    private final AffiliateRepository affiliates;

    AffiliateLookup(AffiliateRepository affiliates) {
        this.affiliates = affiliates;
    }

    public Optional<Affiliate> findById(long id) {
        return affiliates.findById(id);
    }

    public boolean existsById(long id) {
        return affiliates.existsById(id);
    }

    public List<Affiliate> findAll() {
        return affiliates.findAll();
    }

    public List<Affiliate> findAllByOrderByName() {
        return affiliates.findAllByOrderByName();
    }

    /** Demo data only: the members' demo seeds the affiliates it places members in. */
    @Transactional
    public Affiliate save(Affiliate affiliate) {
        return affiliates.save(affiliate);
    }
}
