package org.collegium.accounts.service;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.collegium.accounts.domain.UserAccount;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.ZoneChoice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person's own language and time zone, kept on their account. */
@Service
public class PreferencesService {

    /** What a person chose: a language ("en", "es") and a zone id, each null when not chosen. */
    public record Preferences(String language, String timeZone) {

        public Locale locale() {
            return Messages.supported(language);
        }

        public Optional<ZoneId> zone() {
            return timeZone == null ? Optional.empty() : Optional.of(ZoneId.of(timeZone));
        }
    }

    private final UserAccountRepository accounts;
    private final CurrentActor actor;

    public PreferencesService(UserAccountRepository accounts, CurrentActor actor) {
        this.accounts = accounts;
        this.actor = actor;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Preferences mine() {
        UserAccount account = me();
        return new Preferences(account.getLanguage(), account.getTimeZone());
    }

    /** Saves the person's choice; a null zone means "the society's". */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Preferences save(Locale language, String timeZone) {
        FieldErrors errors = new FieldErrors();
        Optional<ZoneId> zone = ZoneChoice.parse(timeZone, errors, "timeZone");
        errors.throwIfAny();
        UserAccount account = me();
        account.setLanguage(language == null ? null : Messages.tag(language));
        account.setTimeZone(zone.map(ZoneId::getId).orElse(null));
        return new Preferences(account.getLanguage(), account.getTimeZone());
    }

    /** Remembers a language picked from the switch in the menu, leaving the zone as it is. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveLanguage(Locale language) {
        me().setLanguage(Messages.tag(language));
    }

    private UserAccount me() {
        return accounts.findByEmail(actor.name()).orElseThrow(() -> new NotFoundException(Messages.t("accounts.preferences.your-account")));
    }
}
