package org.collegium.events.service;

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

    private final MailOutbox outbox;
    private final SocietyClock clock;
    private final SocietySettingsService settings;

    EventMails(MailOutbox outbox, SocietyClock clock, SocietySettingsService settings) {
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    void registered(Registration r, long waitlistPosition) {
        String body = r.getStatus() == RegistrationStatus.WAITLISTED
                ? "the event is full, so you are on the waitlist, in position " + waitlistPosition + ". If a place "
                        + "becomes free you get it automatically, in the order people registered, and we will "
                        + "email you.\n"
                : "your place is confirmed.\n" + price(r) + whereAndHow(r);
        send(r, (r.getStatus() == RegistrationStatus.WAITLISTED ? "Waitlisted: " : "Registered: ") + r.title(),
                body);
    }

    void promoted(Registration r) {
        send(r, "A place for you: " + r.title(),
                "a place became free and it is yours: your registration is now confirmed.\n" + price(r)
                        + whereAndHow(r));
    }

    void cancelled(Registration r) {
        send(r, "Cancelled: " + r.title(), "your registration has been cancelled, as you asked.\n");
    }

    void eventCancelled(Registration r) {
        send(r, "Event cancelled: " + r.getEvent().getTitle(),
                "we are sorry: " + r.getEvent().getTitle() + " has been cancelled, so your registration is cancelled "
                        + "too. If you paid, the society's office will be in touch about a refund.\n");
    }

    private void send(Registration r, String subject, String body) {
        outbox.enqueue(r.getEmail(), subject, "Dear " + r.getFirstName() + ",\n\n" + "For " + r.title() + " ("
                + clock.format(r.startsAt()) + "), " + body + "\n" + settings.current().societyName() + "\n");
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
