package org.collegium.accounts.service;

import java.util.Locale;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.i18n.Messages;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.collegium.accounts.domain.PasswordResetToken;
import org.collegium.accounts.domain.PasswordResetTokenRepository;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.PortalAddress;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset links: single use, expiring, only a hash stored, delivered through the mail outbox.
 * Asking for a link never reveals whether an account exists.
 */
@Service
public class PasswordResetService {

    static final String INVALID_LINK = "accounts.reset.invalid-link";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository tokens;
    private final MailOutbox outbox;
    private final PasswordEncoder passwordEncoder;
    private final AccountSecurityProperties properties;
    private final SocietySettingsService settings;
    private final AuditLog auditLog;
    private final PortalAddress portalAddress;
    private final SessionStamps sessions;
    private final Clock clock;
    private final RecipientLanguage recipientLanguage;

    public PasswordResetService(UserAccountRepository accounts, PasswordResetTokenRepository tokens,
            MailOutbox outbox, PasswordEncoder passwordEncoder, AccountSecurityProperties properties,
            SocietySettingsService settings, AuditLog auditLog, PortalAddress portalAddress, SessionStamps sessions,
            Clock clock, RecipientLanguage recipientLanguage) {
        this.recipientLanguage = recipientLanguage;
        this.accounts = accounts;
        this.tokens = tokens;
        this.outbox = outbox;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.settings = settings;
        this.auditLog = auditLog;
        this.portalAddress = portalAddress;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Anyone may ask; an email goes out only when an enabled account has that address. */
    @Transactional
    @PermitAll // a signed-out person asks for and uses a password link
    public void requestReset(String email) {
        accounts.findByEmail(EmailAddress.canonical(email)).filter(UserAccount::isEnabled)
                .ifPresent(account -> sendLink(account, LinkPurpose.RESET));
    }

    /** Whether a link can still be used (the reset page says so before asking for a password). */
    @Transactional(readOnly = true)
    @PermitAll // a signed-out person asks for and uses a password link
    public boolean isUsable(String token) {
        return token != null && tokens.findByTokenHash(hash(token))
                .map(t -> t.isUsableAt(clock.instant()))
                .orElse(false);
    }

    /** Sets a new password with a link; the link is spent and every session of the account ends. */
    @Transactional
    @PermitAll // a signed-out person asks for and uses a password link
    public void resetPassword(String token, String newPassword) {
        PasswordPolicy.check(newPassword);
        Instant now = clock.instant();
        PasswordResetToken stored = token == null ? null : tokens.findByTokenHash(hash(token)).orElse(null);
        if (stored == null || !stored.isUsableAt(now)) {
            throw new BusinessRuleException(Messages.t(INVALID_LINK));
        }
        stored.markUsed(now);
        UserAccount account = stored.getAccount();
        setPassword(account, newPassword);
        auditLog.recordAs(account.getEmail(), "PASSWORD_RESET", LoginAttempts.ENTITY, account.getId(),
                "Password set with an emailed link", List.of());
    }

    /**
     * The one way a password changes: the new hash, every other session of the account ended, and every link
     * issued before refused from now on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void setPassword(UserAccount account, String newPassword) {
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        tokens.invalidateOpenTokens(account, clock.instant());
        sessions.endSessions(account);
    }

    enum LinkPurpose {
        RESET, INVITE
    }

    /** Issues a fresh link (older open ones stop working) and queues the email in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendLink(UserAccount account, LinkPurpose purpose) {
        Instant now = clock.instant();
        tokens.invalidateOpenTokens(account, now);
        String token = newToken();
        tokens.save(new PasswordResetToken(account, hash(token), now, now.plus(properties.resetTokenValidity())));
        String society = settings.current().societyName();
        String link = portalAddress.baseUrl() + "/reset-password?token=" + token;
        long minutes = properties.resetTokenValidity().toMinutes();
        // in the language of the person it is written to (their account's choice, else this request's)
        Locale language = recipientLanguage.of(account.getEmail());
        boolean invite = purpose == LinkPurpose.INVITE;
        String subject = Messages.in(language, invite ? "accounts.mail.invite.subject" : "accounts.mail.reset.subject",
                society);
        String intro = Messages.in(language, invite ? "accounts.mail.invite.intro" : "accounts.mail.reset.intro",
                society);
        outbox.enqueue(account.getEmail(), subject, Messages.in(language, "accounts.mail.body",
                account.getDisplayName(), intro, link, String.valueOf(minutes)));
        auditLog.recordAs(account.getEmail(), "PASSWORD_LINK_SENT", LoginAttempts.ENTITY, account.getId(),
                purpose == LinkPurpose.INVITE ? "Invitation link sent" : "Reset link sent", List.of());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
