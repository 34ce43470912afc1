package org.collegium.notifications.service;

import java.util.Map;

/**
 * An email for {@link MailOutbox#enqueue(OutboxMail)}: plain text, optionally an HTML alternative, extra headers (in
 * order) and a tag naming what it belongs to.
 */
public record OutboxMail(String recipient, String subject, String text, String html, Map<String, String> headers,
        String tag) {

    public OutboxMail {
        headers = headers == null ? Map.of() : headers;
    }

    /** A plain-text email: no HTML part, no extra headers, no tag. */
    public static OutboxMail plain(String recipient, String subject, String text) {
        return new OutboxMail(recipient, subject, text, null, null, null);
    }
}
