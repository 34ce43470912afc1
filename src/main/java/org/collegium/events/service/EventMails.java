package org.collegium.events.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.notifications.service.MailOutbox;
import org.collegium.notifications.service.OutboxMail;
import org.springframework.stereotype.Component;

/** The emails registrants get, in each recipient's language, written to the outbox in the transaction that caused them. */
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
    private final RecipientLanguage languages;

    EventMails(MailOutbox outbox, SocietySettingsService settings, RecipientLanguage languages) {
        this.outbox = outbox;
        this.settings = settings;
        this.languages = languages;
    }

    Letterhead letterhead() {
        return new Letterhead(settings.current().societyName());
    }

    void registered(Registration r, long waitlistPosition, Letterhead l) {
        Locale in = languageOf(r);
        String body = r.getStatus() == RegistrationStatus.WAITLISTED
                ? Messages.in(in, "events.mail.registered.waitlisted", waitlistPosition)
                : Messages.in(in, "events.mail.registered.confirmed") + price(r, in) + whereAndHow(r, in);
        send(r, Messages.in(in, r.getStatus() == RegistrationStatus.WAITLISTED
                ? "events.mail.registered.subject-waitlisted" : "events.mail.registered.subject", r.title()),
                body, l, in);
    }

    void promoted(Registration r, Letterhead l) {
        Locale in = languageOf(r);
        send(r, Messages.in(in, "events.mail.promoted.subject", r.title()),
                Messages.in(in, "events.mail.promoted.body") + price(r, in) + whereAndHow(r, in), l, in);
    }

    /**
     * The link a guest confirms their registration with (issue 11): nothing is booked until it is opened, so a
     * stranger who typed this address has booked nothing in its owner's name.
     */
    void confirmGuest(Registration r, String link, Duration validFor, Letterhead l) {
        confirmGuestMail(r, r.getHoldUntil(), link, validFor, l).send(r.getStatus() == RegistrationStatus.PENDING);
    }

    /**
     * A guest's link email written in both its forms (a place held until {@code until}, or the event full) before
     * the event is locked, so that the locked part of the registration only writes the one that applies.
     */
    GuestLinkMail confirmGuestMail(Registration r, Instant until, String link, Duration validFor, Letterhead l) {
        Locale in = languageOf(r);
        String subject = Messages.in(in, "events.mail.confirm.subject", r.title());
        return new GuestLinkMail(r.getEmail(), subject,
                text(r, Messages.in(in, "events.mail.confirm.body", minutes(validFor, in), link,
                        Messages.in(in, "events.mail.confirm.held", at(until, r, in))), l, in),
                text(r, Messages.in(in, "events.mail.confirm.body", minutes(validFor, in), link,
                        Messages.in(in, "events.mail.confirm.full")), l, in));
    }

    /** A guest's link email in its two forms; {@link #send} writes one of them to the outbox. */
    final class GuestLinkMail {
        private final String recipient;
        private final String subject;
        private final String heldBody;
        private final String fullBody;

        private GuestLinkMail(String recipient, String subject, String heldBody, String fullBody) {
            this.recipient = recipient;
            this.subject = subject;
            this.heldBody = heldBody;
            this.fullBody = fullBody;
        }

        void send(boolean held) {
            outbox.enqueue(letter(held));
        }

        /** The form {@link #send} writes, for {@link #sendAll}. */
        OutboxMail letter(boolean held) {
            return OutboxMail.plain(recipient, subject, held ? heldBody : fullBody);
        }
    }

    /** A batch's guest link emails in one round trip (see {@link MailOutbox#enqueueAll}). */
    void sendAll(List<OutboxMail> letters) {
        outbox.enqueueAll(letters);
    }

    /** Someone registered an address that already has a registration: only the address's owner learns it. */
    void alreadyRegistered(Registration existing, Letterhead l) {
        Locale in = languageOf(existing);
        send(existing, Messages.in(in, "events.mail.already.subject", existing.getEvent().getTitle()),
                Messages.in(in, "events.mail.already.body",
                        Messages.in(in, existing.statusKey()).toLowerCase(in)), l, in);
    }

    /** A freed seat offered to the first person on the waitlist, until a time (issue 13). */
    void offered(Registration r, String link, Letterhead l) {
        Locale in = languageOf(r);
        send(r, Messages.in(in, "events.mail.offered.subject", r.title()), Messages.in(in, "events.mail.offered.body",
                at(r.getHoldUntil(), r, in), link) + claimHow(r, in) + lapseRule(in), l, in);
    }

    void offerReminder(Registration r, String link, Letterhead l) {
        Locale in = languageOf(r);
        send(r, Messages.in(in, "events.mail.reminder.subject", r.title()), Messages.in(in,
                "events.mail.reminder.body", at(r.getHoldUntil(), r, in), link) + claimHow(r, in) + lapseRule(in),
                l, in);
    }

    void offerLapsed(Registration r, Letterhead l) {
        Locale in = languageOf(r);
        send(r, Messages.in(in, "events.mail.lapsed.subject", r.title()), Messages.in(in, "events.mail.lapsed.body",
                at(r.getHoldUntil(), r, in)), l, in);
    }

    private static String claimHow(Registration r, Locale in) {
        return r.getMember() != null ? Messages.in(in, "events.mail.claim-how") + "\n" : "";
    }

    private static String lapseRule(Locale in) {
        return Messages.in(in, "events.mail.lapse-rule") + "\n";
    }

    private static String minutes(Duration d, Locale in) {
        long m = d.toMinutes();
        return m % 60 == 0 && m >= 120 ? Messages.in(in, "events.mail.hours", m / 60)
                : Messages.in(in, "events.mail.minutes", m);
    }

    void cancelled(Registration r, boolean byOrganiser, Letterhead l) {
        Locale in = languageOf(r);
        send(r, Messages.in(in, "events.mail.cancelled.subject", r.title()), Messages.in(in, byOrganiser
                ? "events.mail.cancelled.by-organiser" : "events.mail.cancelled.body"), l, in);
    }

    /**
     * The one email a registrant gets when the whole event is cancelled, whatever they held (a seat, a waitlist
     * place, an attendance); voided certificate numbers are named so that nobody relies on them.
     */
    void eventCancelled(Registration r, List<String> voidedCertificates, Letterhead l) {
        Locale in = languageOf(r);
        String ce = voidedCertificates.isEmpty() ? "" : Messages.in(in, "events.mail.event-cancelled.ce",
                String.join(", ", voidedCertificates)) + "\n";
        send(r, Messages.in(in, "events.mail.event-cancelled.subject", r.getEvent().getTitle()),
                Messages.in(in, "events.mail.event-cancelled.body", r.getEvent().getTitle()) + ce, l, in);
    }

    private Locale languageOf(Registration r) {
        return languages.of(r.getEmail());
    }

    /** A moment in the event's own zone, named (the recipient may not be signed in to have a zone of their own). */
    private static String at(Instant instant, Registration r, Locale in) {
        return SocietyClock.format(instant, r.getEvent().getZone(), in);
    }

    private void send(Registration r, String subject, String body, Letterhead l, Locale in) {
        outbox.enqueue(r.getEmail(), subject, text(r, body, l, in));
    }

    private static String text(Registration r, String body, Letterhead l, Locale in) {
        return Messages.in(in, "events.mail.greeting", r.getFirstName()) + "\n\n"
                + Messages.in(in, "events.mail.for", r.title(), at(r.startsAt(), r, in)) + " " + body + "\n"
                + l.societyName() + "\n"; // the event's own clock time, its zone named
    }

    private static String price(Registration r, Locale in) {
        return r.getPrice().signum() == 0 ? "" : Messages.in(in, "events.mail.price", Formats.money(r.getPrice(), in),
                Messages.in(in, r.getPriceKind().key())) + "\n";
    }

    /** The venue for everyone; the online link only ever goes to a confirmed registrant. */
    private static String whereAndHow(Registration r, Locale in) {
        StringBuilder s = new StringBuilder();
        if (r.getEvent().getVenue() != null) {
            s.append(Messages.in(in, "events.mail.venue", r.getEvent().getVenue())).append('\n');
        }
        if (r.getEvent().getFormat() != EventFormat.IN_PERSON && r.getEvent().getOnlineLink() != null) {
            s.append(Messages.in(in, "events.mail.online-link", r.getEvent().getOnlineLink())).append('\n');
        }
        return s.toString();
    }
}
