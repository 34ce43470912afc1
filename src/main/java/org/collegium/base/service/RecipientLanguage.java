package org.collegium.base.service;

import java.util.Locale;

/**
 * The language to write to someone in, by their email address: their account's choice; for someone without an
 * account (a guest, an applicant), the language of the request that caused the email, else English. Implemented by
 * the accounts feature, used by every feature that sends email.
 */
public interface RecipientLanguage {

    Locale of(String email);
}
