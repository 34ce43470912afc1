package org.collegium.communications.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.PortalAddress;
import org.collegium.base.service.SocietyClock;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.service.CommunicationRecords.Rendered;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One communication as one recipient gets it: the Markdown body as HTML (raw HTML in it escaped, unsafe links
 * removed) and as plain text (the Markdown itself), merge fields filled in (escaped in the HTML), and the footer
 * of optional mail: a one-click unsubscribe link for the message's kind and a link to the preferences.
 */
@Component
class MailRenderer {

    static final String UNSUBSCRIBE_PATH = "/unsubscribe/";
    static final String PREFERENCES_PATH = "/my/mail";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final PortalAddress portal;
    private final UnsubscribeTokens tokens;

    MailRenderer(PortalAddress portal, UnsubscribeTokens tokens) {
        this.portal = portal;
        this.tokens = tokens;
    }

    String unsubscribeUrl(long memberId, MailKind kind) {
        return portal.baseUrl() + UNSUBSCRIBE_PATH + tokens.token(memberId, kind);
    }

    /** The email; {@code memberId} null for a test send without a member record (no unsubscribe link). */
    Rendered render(String to, String subject, String body, MailKind kind, Long memberId, String firstName,
            String lastName, LocalDate termEnds, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", nz(firstName));
        values.put("lastName", nz(lastName));
        values.put("fullName", (nz(firstName) + " " + nz(lastName)).strip());
        values.put("email", nz(to));
        values.put("termEnds", termEnds == null ? Messages.in(locale, "communications.merge.no-term")
                : SocietyClock.longDate(termEnds, locale));
        String plainBody = MergeFields.apply(body, values, v -> v);
        String htmlBody = MergeFields.apply(HTML.render(PARSER.parse(body)), values, HtmlUtils::htmlEscape);
        String kindName = Messages.in(locale, "communications.kind." + kind.name());
        String preferences = portal.baseUrl() + PREFERENCES_PATH;
        StringBuilder text = new StringBuilder(plainBody.strip()).append("\n\n-- \n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body>").append(htmlBody).append("<hr><p style=\"font-size:small\">");
        if (memberId != null) {
            String unsubscribe = unsubscribeUrl(memberId, kind);
            text.append(Messages.in(locale, "communications.footer.unsubscribe", kindName)).append(' ')
                    .append(unsubscribe).append('\n');
            html.append("<a href=\"").append(HtmlUtils.htmlEscape(unsubscribe)).append("\">")
                    .append(HtmlUtils.htmlEscape(Messages.in(locale, "communications.footer.unsubscribe", kindName)))
                    .append("</a><br>");
        }
        text.append(Messages.in(locale, "communications.footer.preferences")).append(' ').append(preferences)
                .append('\n');
        html.append("<a href=\"").append(HtmlUtils.htmlEscape(preferences)).append("\">")
                .append(HtmlUtils.htmlEscape(Messages.in(locale, "communications.footer.preferences")))
                .append("</a></p></body></html>");
        return new Rendered(to, MergeFields.apply(subject, values, v -> v), text.toString(), html.toString());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
