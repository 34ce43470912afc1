package org.collegium.communications.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.service.UnsubscribeTokens.Target;
import org.collegium.members.service.MemberLookup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which optional mail a member gets (society news, event announcements, affiliate news, group announcements):
 * chosen on their preferences page, or turned off by an email's one-click unsubscribe link, which needs no
 * sign-in: its token names one member and one kind and is signed ({@link UnsubscribeTokens}). Every change takes
 * effect at once (the next email handed over checks it) and is in the audit log. Transactional mail (receipts,
 * password links, seat offers) does not pass through here and always goes.
 */
@Service
@Transactional
public class MailConsentService {

    private final OptOuts optOuts;
    private final UnsubscribeTokens tokens;
    private final AccountScopes scopes;
    private final MemberLookup members;
    private final AuditLog audit;
    private final Clock clock;

    MailConsentService(OptOuts optOuts, UnsubscribeTokens tokens, AccountScopes scopes, MemberLookup members,
            AuditLog audit, Clock clock) {
        this.optOuts = optOuts;
        this.tokens = tokens;
        this.scopes = scopes;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in member gets each kind; empty when the login has no member record. */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional(readOnly = true)
    public Optional<Map<MailKind, Boolean>> mine() {
        return scopes.currentMemberId().map(id -> {
            Set<MailKind> off = optOuts.of(id);
            Map<MailKind, Boolean> gets = new EnumMap<>(MailKind.class);
            for (MailKind k : MailKind.values()) {
                gets.put(k, !off.contains(k));
            }
            return gets;
        });
    }

    @PreAuthorize(Access.IS_MEMBER)
    public void choose(MailKind kind, boolean receive) {
        long member = scopes.currentMemberId()
                .orElseThrow(() -> new BusinessRuleException(Messages.t("communications.consent.no-member")));
        change(member, kind, receive);
    }

    /** The kind an unsubscribe link is for, if the link is valid (the GET page asks to confirm it). */
    @PermitAll // the public unsubscribe page: the signed token is the permission
    @Transactional(readOnly = true)
    public Optional<MailKind> unsubscribeLink(String token) {
        return valid(token).map(Target::kind);
    }

    /** Turns the link's kind off for its member; false for a wrong link. Takes effect at once. */
    @PermitAll // RFC 8058 one-click unsubscribe and the public page's button: the signed token is the permission
    public boolean unsubscribe(String token) {
        Optional<Target> target = valid(token);
        target.ifPresent(t -> change(t.memberId(), t.kind(), false));
        return target.isPresent();
    }

    private Optional<Target> valid(String token) {
        return tokens.parse(token).filter(t -> members.findById(t.memberId()).isPresent());
    }

    private void change(long member, MailKind kind, boolean receive) {
        boolean changed = receive ? optOuts.turnOn(member, kind) : optOuts.turnOff(member, kind, clock.instant());
        if (changed) {
            audit.record(receive ? "MAIL_SUBSCRIBED" : "MAIL_UNSUBSCRIBED", "Member", member, kind.name(),
                    new Changes().track(kind.name(), receive ? "off" : "on", receive ? "on" : "off"));
        }
    }
}
