package org.collegium.events.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.domain.CeCredit;
import org.collegium.events.domain.CeCreditRepository;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.Registration;
import org.springframework.stereotype.Component;

/**
 * Awards CE for an attendance, once: the hours and type of the session (for a conference session) or of the
 * event. Undoing the attendance withdraws the award; marking it again restores the same certificate.
 */
@Component
class CeAwards {

    private final CeCreditRepository credits;
    private final SocietyClock clock;
    private final EventAudit audit;

    CeAwards(CeCreditRepository credits, SocietyClock clock, EventAudit audit) {
        this.credits = credits;
        this.clock = clock;
        this.audit = audit;
    }

    void award(Registration r) {
        BigDecimal hours = r.ceHours();
        CeType type = r.getEvent().getCeType();
        if (hours == null || hours.signum() <= 0 || type == null) {
            return; // nothing to award (a social, or an event without CE)
        }
        LocalDate today = clock.today();
        Optional<CeCredit> existing = credits.findByRegistrationId(r.getId());
        if (existing.isPresent()) {
            if (existing.get().isWithdrawn() && !existing.get().isVoid()) { // a void one stays void
                existing.get().restore(today);
                audit.awarded(existing.get(), true);
            }
            return;
        }
        CeCredit credit = credits.saveAndFlush(new CeCredit(r, hours, type, today));
        credit.numberFrom(today.getYear());
        audit.awarded(credit, false);
    }

    void withdraw(Registration r) {
        credits.findByRegistrationId(r.getId()).filter(c -> !c.isWithdrawn()).ifPresent(credit -> {
            credit.withdraw();
            audit.withdrawn(credit);
        });
    }

    /** Voids the award of an attendance that no longer counts; returns the voided certificate's number. */
    Optional<String> voidFor(Registration r, String reason) {
        Optional<CeCredit> credit = credits.findByRegistrationId(r.getId()).filter(c -> !c.isWithdrawn());
        credit.ifPresent(c -> c.voidFor(reason));
        return credit.map(CeCredit::getCertificateNumber);
    }
}
