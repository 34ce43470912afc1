package org.collegium.events.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.credentials.domain.CeSource;
import org.collegium.credentials.service.CeEntry;
import org.collegium.credentials.service.CeLedger;
import org.collegium.events.domain.CeCredit;
import org.collegium.events.domain.CeCreditRepository;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.Registration;
import org.springframework.stereotype.Component;

/**
 * Awards CE for an attendance, once: the hours and type of the session (for a conference session) or of the
 * event. Undoing the attendance withdraws the award; marking it again restores the same certificate. Every standing
 * award to a member is a row of the CE ledger (source EVENT, the award's id), written here in the same transaction:
 * the hours in the event's categories, delivered as its format says, dated the day it took place in its zone.
 */
@Component
class CeAwards {

    private final CeCreditRepository credits;
    private final SocietyClock clock;
    private final EventAudit audit;
    private final CeLedger ledger;
    private final SocietySettingsService settings;

    CeAwards(CeCreditRepository credits, SocietyClock clock, EventAudit audit, CeLedger ledger,
            SocietySettingsService settings) {
        this.credits = credits;
        this.clock = clock;
        this.audit = audit;
        this.ledger = ledger;
        this.settings = settings;
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
                record(existing.get());
            }
            return;
        }
        CeCredit credit = credits.saveAndFlush(new CeCredit(r, hours, type, today));
        credit.numberFrom(today.getYear());
        audit.awarded(credit, false);
        record(credit);
    }

    void withdraw(Registration r) {
        credits.findByRegistrationId(r.getId()).filter(c -> !c.isWithdrawn()).ifPresent(credit -> {
            credit.withdraw();
            audit.withdrawn(credit);
            ledger.withdraw(CeSource.EVENT, credit.getId());
        });
    }

    /** Voids the award of an attendance that no longer counts; returns the voided certificate's number. */
    Optional<String> voidFor(Registration r, String reason) {
        Optional<CeCredit> credit = credits.findByRegistrationId(r.getId()).filter(c -> !c.isWithdrawn());
        credit.ifPresent(c -> {
            c.voidFor(reason);
            ledger.withdraw(CeSource.EVENT, c.getId());
        });
        return credit.map(CeCredit::getCertificateNumber);
    }

    /**
     * The event's categories, format, title or a session's date changed: its standing awards' ledger rows are
     * described again (the hours awarded stay as they were awarded).
     */
    void describeAgain(Event event) {
        for (CeCredit credit : credits.findStandingAtEvent(event.getId())) {
            record(credit);
        }
    }

    private void record(CeCredit credit) {
        if (credit.getMember() == null) {
            return; // a guest's award: the ledger counts members' hours
        }
        Registration r = credit.getRegistration();
        Event event = r.getEvent();
        String provider = event.getHost() != null ? event.getHost().getName() : settings.current().societyName();
        ledger.record(new CeEntry(credit.getMember().getId(), CeSource.EVENT, credit.getId(),
                r.startsAt().atZone(event.getZone()).toLocalDate(), credit.getHours(), event.getCeFormality(),
                event.ceDelivery(), event.getCeTopics(), clip(r.title(), 300), clip(provider, 200)));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
