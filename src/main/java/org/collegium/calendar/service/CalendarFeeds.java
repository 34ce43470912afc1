package org.collegium.calendar.service;

import org.collegium.base.i18n.Messages;
import jakarta.annotation.security.PermitAll;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.members.service.MemberLookup;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.collegium.base.domain.Access;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.calendar.CalendarEntry;
import org.collegium.calendar.CalendarEntrySource;
import org.collegium.calendar.domain.CalendarToken;
import org.collegium.calendar.domain.CalendarTokenRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's personal calendar feed: one secret URL a calendar app subscribes to without signing in. The
 * entries come from every {@link CalendarEntrySource} bean. The member can replace the token, which stops
 * the old URL at once.
 */
@Service
public class CalendarFeeds {

    /** Where the feed is served (see CalendarFeedController); the token and ".ics" follow. */
    public static final String FEED_PATH = "/ics/feed/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarTokenRepository tokens;
    private final AccountScopes scopes;
    private final List<CalendarEntrySource> sources;
    private final Clock clock;
    private final MemberLookup members;
    private final RecipientLanguage languages;

    public CalendarFeeds(CalendarTokenRepository tokens, AccountScopes scopes, List<CalendarEntrySource> sources,
            Clock clock, MemberLookup members, RecipientLanguage languages) {
        this.tokens = tokens;
        this.scopes = scopes;
        this.sources = sources;
        this.clock = clock;
        this.members = members;
        this.languages = languages;
    }

    /** The signed-in member's feed path (made on first use), e.g. "/ics/feed/Xy…Z.ics". */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional
    public String myFeedPath() {
        long member = me();
        CalendarToken token = tokens.findById(member)
                .orElseGet(() -> tokens.save(new CalendarToken(member, newToken(), clock.instant())));
        return FEED_PATH + token.getToken() + ".ics";
    }

    /** Replaces the signed-in member's token: the old URL stops working. Returns the new path. */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional
    public String regenerate() {
        long member = me();
        tokens.findById(member).ifPresentOrElse(t -> t.replace(newToken(), clock.instant()),
                () -> tokens.save(new CalendarToken(member, newToken(), clock.instant())));
        tokens.flush();
        return myFeedPath();
    }

    /**
     * The feed for a token, or empty for an unknown (or replaced) one. No sign-in: the token is the secret. Its
     * texts are in the feed owner's language: every source writes its entries while that language is the current
     * one ({@code Messages.t}), as it is for a request.
     */
    @Transactional(readOnly = true)
    @PermitAll // a calendar app fetches the feed with its secret address (never with links)
    public Optional<String> feed(String token) {
        return tokens.findByToken(token).map(t -> {
            LocaleContext before = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocale(ownerLanguage(t.getMemberId()));
            try {
                List<CalendarEntry> entries = new ArrayList<>();
                for (CalendarEntrySource source : sources) {
                    entries.addAll(source.entriesFor(t.getMemberId()));
                }
                return IcsWriter.write(Messages.t("calendar.feed.name"), entries);
            } finally {
                LocaleContextHolder.setLocaleContext(before);
            }
        });
    }

    /** The language the member chose on their account (English when none). */
    private Locale ownerLanguage(long memberId) {
        return members.findById(memberId).map(m -> m.getEmail()).map(languages::of).orElse(Messages.ENGLISH);
    }

    private long me() {
        return scopes.currentMemberId().orElseThrow(() -> new BusinessRuleException(
                Messages.t("calendar.not-linked")));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
