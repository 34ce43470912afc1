package org.collegium.events.service;

import java.util.List;
import java.util.Optional;

import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.domain.CeCredit;
import org.collegium.events.domain.Registration;
import org.springframework.stereotype.Component;

/** Draws the certificate of one award (who may have it is checked by the calling service). */
@Component
class Certificates {

    private final SocietySettingsService settings;
    private final SocietyClock clock;

    private final List<CertificateTerms> terms;

    Certificates(SocietySettingsService settings, SocietyClock clock, List<CertificateTerms> terms) {
        this.settings = settings;
        this.clock = clock;
        this.terms = terms;
    }

    /**
     * Refuses a member their certificate while another feature withholds it (issue 16: the event's evaluation not
     * yet submitted), with the reason in words. The event's organisers are never refused (they are the sponsor).
     */
    void checkReleased(CeCredit credit) {
        if (credit.getMember() == null) {
            return;
        }
        long eventId = credit.getRegistration().getEvent().getId();
        for (CertificateTerms t : terms) {
            Optional<String> why = t.withheld(eventId, credit.getMember().getId());
            if (why.isPresent()) {
                throw new BusinessRuleException(why.get());
            }
        }
    }

    /** Why the member's certificate of this event waits, or empty. */
    Optional<String> withheld(long eventId, long memberId) {
        return terms.stream().map(t -> t.withheld(eventId, memberId)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The award whose certificate may be drawn: a void certificate is refused with its reason (it must never be
     * handed out as valid), a withdrawn one (attendance undone) is not found.
     */
    static CeCredit valid(CeCredit credit) {
        if (credit.isVoid()) {
            throw new BusinessRuleException(Messages.t("events.certificate.void", credit.getCertificateNumber(),
                    credit.getVoidReason()));
        }
        if (credit.isWithdrawn()) {
            throw new NotFoundException(Messages.t("events.not-found.certificate"));
        }
        return credit;
    }

    EventFile render(CeCredit credit) {
        Registration r = credit.getRegistration();
        String name = r.fullName();
        if (credit.getMember() != null && credit.getMember().getCredentials() != null) {
            name = credit.getMember().getFullName() + ", " + credit.getMember().getCredentials();
        }
        // the date attended: the day the event (or session) took place where it was held (in the event's zone),
        // whenever the attendance was recorded
        String date = clock.formatDate(r.startsAt().atZone(r.getEvent().getZone()).toLocalDate());
        String hours = Formats.decimal(credit.getHours(), 2);
        byte[] pdf = CePdfs.certificate(new CePdfs.Certificate(settings.current().societyName(), name, r.title(),
                date, hours, Messages.t(credit.getCeType().key()), credit.getCertificateNumber(),
                terms.stream().map(t -> t.sponsorStatement(credit.getCeType())).flatMap(Optional::stream)
                        .findFirst().orElse(null)));
        return new EventFile("certificate-" + credit.getCertificateNumber() + ".pdf", "application/pdf", pdf);
    }
}
