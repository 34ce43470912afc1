package org.collegium.events.service;

import java.time.Duration;
import java.time.ZoneId;
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

    /**
     * The link a guest confirms their registration with (issue 11): nothing is booked until it is opened, so a
     * stranger who typed this address has booked nothing in its owner's name.
     */
    void confirmGuest(Registration r, String link, Duration validFor, Letterhead l) {
        String held = r.getStatus() == RegistrationStatus.PENDING
                ? "a place is held for you until " + SocietyClock.format(r.getHoldUntil(), r.getEvent().getZone()) + "."
                : "the event is full at the moment: confirming puts you on the waitlist.";
        send(r, "Confirm your registration: " + r.title(), "someone (hopefully you) registered this address. "
                + "Please confirm by opening this link within " + minutes(validFor) + ":\n\n" + link + "\n\n"
                + "Until then " + held + " The link works once. If you did not register, ignore this email: nothing "
                + "is booked and the place is released.\n", l);
    }

    /** Someone registered an address that already has a registration: only the address's owner learns it. */
    void alreadyRegistered(Registration existing, Letterhead l) {
        send(existing, "Already registered: " + existing.getEvent().getTitle(), "someone (hopefully you) asked to "
                + "register this address again. It is already registered (" + existing.statusLabel().toLowerCase()
                + "), so nothing was changed. Members see their registrations on My registrations in the portal; "
                + "to change sessions, please contact the society's office.\n", l);
    }

    /** A freed seat offered to the first person on the waitlist, until a time (issue 13). */
    void offered(Registration r, String link, Letterhead l) {
        send(r, "A seat is offered to you: " + r.title(), "a place became free and it is offered to you until "
                + SocietyClock.format(r.getHoldUntil(), r.getEvent().getZone()) + ". Claim it here:\n\n" + link + "\n\n"
                + claimHow(r) + lapseRule(), l);
    }

    void offerReminder(Registration r, String link, Letterhead l) {
        send(r, "Reminder: a seat is offered to you: " + r.title(), "the seat offered to you is still yours to "
                + "claim until " + SocietyClock.format(r.getHoldUntil(), r.getEvent().getZone()) + ". Claim it here (this link "
                + "replaces the one in our first email):\n\n" + link + "\n\n" + claimHow(r) + lapseRule(), l);
    }

    void offerLapsed(Registration r, Letterhead l) {
        send(r, "Your offered seat lapsed: " + r.title(), "the seat offered to you until "
                + SocietyClock.format(r.getHoldUntil(), r.getEvent().getZone()) + " was not claimed, so it has gone to the next "
                + "person and you are no longer on the waitlist. If you would still like to come, register again: "
                + "you join the end of the waitlist.\n", l);
    }

    private static String claimHow(Registration r) {
        return r.getMember() != null ? "You will be asked to sign in; the seat is also on My registrations.\n" : "";
    }

    private static String lapseRule() {
        return "If you do not claim it by then, it is offered to the next person and you leave the waitlist.\n";
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m % 60 == 0 && m >= 120 ? m / 60 + " hours" : m + " minutes";
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
