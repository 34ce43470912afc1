package org.collegium.communications.ui;

import org.collegium.communications.service.MailConsentService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The List-Unsubscribe address of every optional email (RFC 8058). A mail client's one-click POST turns the kind off
 * at once, with no session and no CSRF token (the signed token is the permission); a person following the address
 * in a browser is sent to the page that asks them to confirm, so that a link scanner changes nothing.
 */
@RestController
class UnsubscribeController {

    private final MailConsentService consent;

    UnsubscribeController(MailConsentService consent) {
        this.consent = consent;
    }

    @PostMapping("/unsubscribe/{token}")
    ResponseEntity<String> oneClick(@PathVariable("token") String token) {
        boolean done;
        try {
            done = consent.unsubscribe(token);
        } catch (RuntimeException e) {
            done = false;
        }
        return ResponseEntity.status(done ? HttpStatus.OK : HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body(done ? "Unsubscribed\n" : "Unknown unsubscribe link\n");
    }

    @GetMapping("/unsubscribe/{token}")
    ResponseEntity<Void> page(@PathVariable("token") String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", "/unsubscribe/confirm/" + token.replaceAll("[^A-Za-z0-9_.-]", "")).build();
    }
}
