package org.collegium.events.service;

import java.util.List;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.stereotype.Component;

/** The emails registrants get, written to the outbox in the transaction that caused them. */
@Component
class EventMails {

    /**
     * The society's name for the emails. Read before the event's row is locked, so that the locked part of a
     * registration (which every other registration for the event waits for) stays short. (Times in the emails
     * are in the event's own zone, not the society's.)
     */
    record Letterhead(String societyName) {
    }

    private final MailOutbox outbox;
    private final SocietySettingsService settings;

    EventMails(MailOutbox outbox, SocietySettingsService settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    Letterhead letterhead() {
        return new Letterhead(settings.current().societyName());
    }

    void registered(Registration r, long waitlistPosition, Letterhead l) {
        String body = r.getStatus() == RegistrationStatus.WAITLISTED
                ? "the event is full, so you are on the waitlist, in position " + waitlistPosition + ". If a place "
                        + "becomes free you get it automatically, in the order people registered, and we will "
                        + "email you.\n"
                : "your place is confirmed.\n" + price(r) + whereAndHow(r);
        send(r, (r.getStatus() == RegistrationStatus.WAITLISTED ? "Waitlisted: " : "Registered: ") + r.title(),
                body, l);
    }

    void promoted(Registration r, Letterhead l) {
        send(r, "A place for you: " + r.title(),
                "a place became free and it is yours: your registration is now confirmed.\n" + price(r)
                        + whereAndHow(r), l);
    }

    void cancelled(Registration r, boolean byOrganiser, Letterhead l) {
        send(r, "Cancelled: " + r.title(), (byOrganiser ? "the organiser has cancelled your registration"
                : "your registration has been cancelled") + ". If that is a surprise, please contact the society's "
                + "office.\n", l);
    }

    /**
     * The one email a registrant gets when the whole event is cancelled, whatever they held (a seat, a waitlist
     * place, an attendance); voided certificate numbers are named so that nobody relies on them.
     */
    void eventCancelled(Registration r, List<String> voidedCertificates, Letterhead l) {
        String ce = voidedCertificates.isEmpty() ? "" : "Because the event did not go ahead, the CE hours recorded "
                + "for it are withdrawn and your certificate " + String.join(", ", voidedCertificates)
                + " is void.\n";
        send(r, "Event cancelled: " + r.getEvent().getTitle(),
                "we are sorry: " + r.getEvent().getTitle() + " has been cancelled, so your registration is cancelled "
                        + "too. If you paid, the society's office will be in touch about a refund.\n" + ce, l);
    }

    private void send(Registration r, String subject, String body, Letterhead l) {
        outbox.enqueue(r.getEmail(), subject, "Dear " + r.getFirstName() + ",\n\n" + "For " + r.title() + " ("
                + SocietyClock.format(r.startsAt(), r.getEvent().getZone()) + "), " + body + "\n" + l.societyName()
                + "\n"); // the event's own clock time, its zone named
    }

    private static String price(Registration r) {
        return r.getPrice().signum() == 0 ? "" : "Price: $" + r.getPrice() + " (" + r.getPriceKind().label() + ").\n";
    }

    /** The venue for everyone; the online link only ever goes to a confirmed registrant. */
    private static String whereAndHow(Registration r) {
        StringBuilder s = new StringBuilder();
        if (r.getEvent().getVenue() != null) {
            s.append("Venue: ").append(r.getEvent().getVenue()).append('\n');
        }
        if (r.getEvent().getFormat() != EventFormat.IN_PERSON && r.getEvent().getOnlineLink() != null) {
            s.append("Online link: ").append(r.getEvent().getOnlineLink()).append('\n');
        }
        return s.toString();
    }
}
