package org.collegium.events.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.collegium.base.service.PortalAddress;
import org.springframework.stereotype.Component;

/**
 * The emailed links of held seats: a random, unguessable token (256 bits) per link, of which only the SHA-256 is
 * stored, as with password links. The token is the permission of a guest's link; a member's offer also needs them
 * signed in.
 */
@Component
class HoldLinks {

    static final String CONFIRM_PATH = "register/confirm/";
    static final String CLAIM_PATH = "register/claim/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalAddress portal;

    HoldLinks(PortalAddress portal) {
        this.portal = portal;
    }

    /** A token and its hash: the token goes into the email, the hash into the registration. */
    record Token(String token, String hash) {
    }

    static Token newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Token(token, hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    String confirmLink(String token) {
        return portal.baseUrl() + "/" + CONFIRM_PATH + token;
    }

    String claimLink(String token) {
        return portal.baseUrl() + "/" + CLAIM_PATH + token;
    }
}
