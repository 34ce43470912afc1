package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers and money as the current person's language writes them ("$1,234.50" in English, "US$1,234.50" or
 * "1.234,50 US$" as Spanish conventions have it). Dues are always US dollars: the currency does not follow the
 * language. Exports do not use this: files keep plain numbers so that they re-import.
 */
public final class Formats {

    private static final Currency DOLLARS = Currency.getInstance("USD");

    private Formats() {
    }

    public static String money(BigDecimal amount) {
        return money(amount, Messages.current());
    }

    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(language(locale));
        format.setCurrency(DOLLARS);
        return format.format(amount);
    }

    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(language(Messages.current())).format(value);
    }

    /** A figure with at most the given decimals, e.g. CE hours "1.5". */
    public static String decimal(double value, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(language(Messages.current()));
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    public static String decimal(BigDecimal value, int maxDecimals) {
        return value == null ? "" : decimal(value.doubleValue(), maxDecimals);
    }

    /** The locale whose conventions a text uses (the pseudo-locale writes as English does). */
    public static Locale language(Locale locale) {
        return Messages.PSEUDO.equals(locale) ? Messages.ENGLISH : Messages.supported(locale);
    }
}
