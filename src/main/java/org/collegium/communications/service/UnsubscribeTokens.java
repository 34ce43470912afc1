package org.collegium.communications.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.collegium.communications.domain.MailKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe tokens: the member's id and the mail kind, signed with HMAC-SHA256 under a key made once
 * per database (V120). Unguessable, scoped to one member and one kind, and needing no row per email.
 */
@Component
class UnsubscribeTokens {

    record Target(long memberId, MailKind kind) {
    }

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final JdbcTemplate jdbc;
    private volatile byte[] key;

    UnsubscribeTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String token(long memberId, MailKind kind) {
        String payload = memberId + "-" + kind.ordinal();
        return payload + "." + ENCODE.encodeToString(sign(payload));
    }

    Optional<Target> parse(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        int dash = token.indexOf('-');
        if (dot < 0 || dash < 0 || dash > dot) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] given = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, sign(payload))) {
                return Optional.empty();
            }
            long member = Long.parseLong(payload.substring(0, dash));
            int kind = Integer.parseInt(payload.substring(dash + 1));
            if (kind < 0 || kind >= MailKind.values().length) {
                return Optional.empty();
            }
            return Optional.of(new Target(member, MailKind.values()[kind]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = jdbc.queryForObject("select secret from communication_key where id = 1", byte[].class);
            key = k;
        }
        return k;
    }
}
