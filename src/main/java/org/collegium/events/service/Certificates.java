package org.collegium.events.service;

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

    Certificates(SocietySettingsService settings, SocietyClock clock) {
        this.settings = settings;
        this.clock = clock;
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
                date, hours, Messages.t(credit.getCeType().key()), credit.getCertificateNumber()));
        return new EventFile("certificate-" + credit.getCertificateNumber() + ".pdf", "application/pdf", pdf);
    }
}
