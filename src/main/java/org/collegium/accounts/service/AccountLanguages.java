package org.collegium.accounts.service;

import java.util.Locale;
import org.collegium.accounts.domain.UserAccountRepository;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.OpenAccess;
import org.collegium.base.service.RecipientLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language an email to someone is written in: their account's choice, else the current request's language. */
@Service
@OpenAccess(reason = "other services ask it while writing an email, inside their own method security")
public class AccountLanguages implements RecipientLanguage {

    private final UserAccountRepository accounts;

    public AccountLanguages(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Locale of(String email) {
        if (email == null) {
            return Messages.current();
        }
        return accounts.findLanguageByEmail(EmailAddress.canonical(email))
                .map(Messages::supported)
                .orElseGet(Messages::current);
    }
}
