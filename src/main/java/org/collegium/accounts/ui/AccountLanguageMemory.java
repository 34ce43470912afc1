package org.collegium.accounts.ui;

import java.util.Locale;
import org.collegium.accounts.service.PreferencesService;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.ui.LanguageMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A language picked from the switch in the menu is saved on the signed-in person's account. */
@Component
class AccountLanguageMemory implements LanguageMemory {

    private static final Logger log = LoggerFactory.getLogger(AccountLanguageMemory.class);

    private final PreferencesService preferences;

    AccountLanguageMemory(PreferencesService preferences) {
        this.preferences = preferences;
    }

    @Override
    public void remember(Locale language) {
        try {
            preferences.saveLanguage(language);
        } catch (BusinessRuleException e) {
            // no account behind this login: the choice still holds for this browser session
            log.debug("Language not saved on an account: {}", e.getMessage());
        }
    }
}
