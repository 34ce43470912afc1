package org.collegium.notifications.service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emails Collegium sends by itself, as templates an administrator may change per language (issue 17). Each
 * template is one or more texts of the bundles (a subject, a body, the variants one email chooses between), and each
 * text's fields are named in the order of the bundle's positional arguments: {@code accounts.mail.body} is
 * "Hello {0}, … {2} …", so its fields {@code name intro link minutes} let an administrator write "{name}" and
 * "{link}". A field marked required (the link of a password email) may not be left out.
 * <p>
 * The senders are untouched: they call {@code Messages.in(language, key, args...)} as before and
 * {@link MailTemplateOverrides} answers with the administrator's text. A new system email is added here with its
 * keys and the names of its arguments (and the names' sample values in the notifications bundle).
 */
public final class SystemMails {

    /** A named field: its place among the bundle pattern's arguments is its position in the text's list. */
    public record Field(String name, int index, boolean required) {
    }

    /** One text of a template: the bundle key it replaces, what the page calls it, a subject (one line) or not. */
    public record Part(String key, String label, boolean subject, List<Field> fields) {

        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        /** The label's bundle key. */
        public String labelKey() {
            return "notifications.templates.part." + label;
        }
    }

    public record Template(String id, List<Part> parts) {

        public String nameKey() {
            return "notifications.templates.name." + id;
        }

        public Optional<Part> part(String key) {
            return parts.stream().filter(p -> p.key().equals(key)).findFirst();
        }
    }

    /** The bundle key of a field's sample value (for the preview). */
    public static String sampleKey(String field) {
        return "notifications.templates.sample." + field;
    }

    private static final List<Template> ALL = List.of(
            template("password-link",
                    subject("subject-invite", "accounts.mail.invite.subject", "society"),
                    body("intro-invite", "accounts.mail.invite.intro", "society"),
                    subject("subject-reset", "accounts.mail.reset.subject", "society"),
                    body("intro-reset", "accounts.mail.reset.intro", "society"),
                    body("body-shared", "accounts.mail.body", "name intro link* minutes")),
            template("join-confirm",
                    subject("subject", "membership.email.confirm.subject", "society"),
                    body("body", "membership.email.confirm.body", "firstName type society link* validHours")),
            template("join-received",
                    subject("subject", "membership.email.received.subject", "society"),
                    body("body", "membership.email.received.body", "firstName type society")),
            template("join-already-member",
                    subject("subject", "membership.email.already-member.subject", "society"),
                    body("body", "membership.email.already-member.body", "firstName society loginLink* resetLink*")),
            template("join-already-pending",
                    subject("subject", "membership.email.already-pending.subject", "society"),
                    body("body", "membership.email.already-pending.body", "firstName society")),
            template("application-declined",
                    subject("subject", "membership.email.declined.subject", "society"),
                    body("body-join", "membership.email.declined.body.JOIN", "firstName reason*"),
                    body("body-renewal", "membership.email.declined.body.RENEWAL", "firstName reason*")),
            template("welcome",
                    subject("subject", "membership.email.welcome.subject", "society"),
                    body("body", "membership.email.welcome.body", "firstName society type start end duesNote")),
            template("renewed",
                    subject("subject", "membership.email.renewed.subject", "society"),
                    body("body", "membership.email.renewed.body", "firstName type end duesNote")),
            template("renewal-reminder",
                    subject("subject", "membership.email.ending.subject", "society days"),
                    body("body", "membership.email.ending.body", "firstName membership ends menu")),
            template("dues-reminder",
                    subject("subject", "membership.email.dues.subject", "society payBy"),
                    body("body", "membership.email.dues.body", "firstName dues type start end payBy menu")),
            template("membership-lapsed",
                    subject("subject", "membership.email.lapsed.subject", "society"),
                    body("body", "membership.email.lapsed.body", "firstName membership ends menu")),
            template("credential-short",
                    subject("subject", "credentials.email.short.subject", "credential society"),
                    body("body", "credentials.email.short.body",
                            "firstName credential missing ends counted total menu")),
            template("event-frame",
                    body("greeting", "events.mail.greeting", "firstName"),
                    body("for-line", "events.mail.for", "event when")),
            template("event-registered",
                    subject("subject", "events.mail.registered.subject", "event"),
                    body("body-confirmed", "events.mail.registered.confirmed", ""),
                    subject("subject-waitlisted", "events.mail.registered.subject-waitlisted", "event"),
                    body("body-waitlisted", "events.mail.registered.waitlisted", "position")),
            template("event-promoted",
                    subject("subject", "events.mail.promoted.subject", "event"),
                    body("body", "events.mail.promoted.body", "")),
            template("event-guest-confirm",
                    subject("subject", "events.mail.confirm.subject", "event"),
                    body("body", "events.mail.confirm.body", "validFor link* held")),
            template("event-already-registered",
                    subject("subject", "events.mail.already.subject", "event"),
                    body("body", "events.mail.already.body", "status")),
            template("event-seat-offered",
                    subject("subject", "events.mail.offered.subject", "event"),
                    body("body", "events.mail.offered.body", "holdUntil link*")),
            template("event-offer-reminder",
                    subject("subject", "events.mail.reminder.subject", "event"),
                    body("body", "events.mail.reminder.body", "holdUntil link*")),
            template("event-offer-lapsed",
                    subject("subject", "events.mail.lapsed.subject", "event"),
                    body("body", "events.mail.lapsed.body", "holdUntil")),
            template("event-registration-cancelled",
                    subject("subject", "events.mail.cancelled.subject", "event"),
                    body("body", "events.mail.cancelled.body", ""),
                    body("body-organiser", "events.mail.cancelled.by-organiser", "")),
            template("event-cancelled",
                    subject("subject", "events.mail.event-cancelled.subject", "event"),
                    body("body", "events.mail.event-cancelled.body", "event"),
                    body("ce-line", "events.mail.event-cancelled.ce", "certificates*")),
            template("group-request",
                    subject("subject", "groups.mail.request.subject", "requester group"),
                    body("body", "groups.mail.request.body", "firstName requester group")),
            template("group-welcome",
                    subject("subject", "groups.mail.welcome.subject", "group"),
                    body("body", "groups.mail.welcome.body", "firstName group lockMinutes")),
            template("group-declined",
                    subject("subject", "groups.mail.declined.subject", "group"),
                    body("body", "groups.mail.declined.body", "firstName group")),
            template("group-invitation",
                    subject("subject", "groups.mail.invitation.subject", "group when"),
                    body("body", "groups.mail.invitation.body", "firstName group when link* locksAt lockMinutes")),
            template("group-session-cancelled",
                    subject("subject", "groups.mail.cancelled.subject", "group date"),
                    body("body", "groups.mail.cancelled.body", "firstName group when reason")),
            template("listing-published",
                    subject("subject", "listings.mail.published.subject", "listing"),
                    body("body", "listings.mail.published.body", "listing note")),
            template("listing-declined",
                    subject("subject", "listings.mail.declined.subject", "listing"),
                    body("body", "listings.mail.declined.body", "listing note")),
            template("listing-unpublished",
                    subject("subject", "listings.mail.unpublished.subject", "listing"),
                    body("body", "listings.mail.unpublished.body", "listing note")),
            template("listing-enquiry",
                    subject("subject", "listings.mail.enquiry.subject", "listing"),
                    body("body", "listings.mail.enquiry.body", "listing name email* message*")),
            template("listing-acknowledgement",
                    subject("subject", "listings.mail.ack.subject", "listing"),
                    body("body", "listings.mail.ack.body", "name listing")),
            template("external-ce-verified",
                    subject("subject", "externalce.mail.verified.subject", "title"),
                    body("body", "externalce.mail.verified.body", "title provider hours note")),
            template("external-ce-declined",
                    subject("subject", "externalce.mail.declined.subject", "title"),
                    body("body", "externalce.mail.declined.body", "title provider hours note")));

    private static final Map<String, Template> BY_ID = new LinkedHashMap<>();
    private static final Map<String, Part> BY_KEY = new LinkedHashMap<>();

    static {
        for (Template t : ALL) {
            if (BY_ID.put(t.id(), t) != null) {
                throw new IllegalStateException("Two system mail templates are called " + t.id());
            }
            for (Part p : t.parts()) {
                if (BY_KEY.put(p.key(), p) != null) {
                    throw new IllegalStateException("The key " + p.key() + " is in two system mail templates");
                }
            }
        }
    }

    private SystemMails() {
    }

    /** Every template, in the order the page lists them. */
    public static List<Template> all() {
        return ALL;
    }

    public static Optional<Template> template(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The template text a bundle key is, if it is one (the only keys an administrator's text may replace). */
    public static Optional<Part> part(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static Template template(String id, Part... parts) {
        return new Template(id, List.of(parts));
    }

    private static Part subject(String label, String key, String fields) {
        return new Part(key, label, true, fields(fields));
    }

    private static Part body(String label, String key, String fields) {
        return new Part(key, label, false, fields(fields));
    }

    private static List<Field> fields(String spec) {
        List<String> names = Arrays.stream(spec.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        return java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> {
            String n = names.get(i);
            boolean required = n.endsWith("*");
            return new Field(required ? n.substring(0, n.length() - 1) : n, i, required);
        }).toList();
    }
}
